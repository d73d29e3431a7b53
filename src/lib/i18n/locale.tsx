import { createContext, useContext } from 'react'

export type Locale = 'zh' | 'en'

export interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {} })

export const useLocale = () => useContext(LocaleContext)

/** Each feature keeps its own strings in both languages; this picks the reader's. */
export type Messages<K extends string> = Record<Locale, Record<K, string>>

export function useT<K extends string>(messages: Messages<K>) {
  const { locale } = useLocale()
  const table = messages[locale]
  return (key: K, vars?: Record<string, string | number>) =>
    vars ? table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : table[key]
}

/** Picks the UI language: the reader's choice, then the site's language, then the browser's. */
export function pickLocale(stored: string | null, siteLanguage: string | undefined, browser: string): Locale {
  if (stored === 'zh' || stored === 'en') return stored
  const lang = (siteLanguage || browser || 'en').toLowerCase()
  return lang.startsWith('zh') ? 'zh' : 'en'
}
