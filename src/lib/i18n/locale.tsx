import { createContext, useContext } from 'react'
import type { Locale, Messages } from './translate'
import { translate } from './translate'

export type { Locale, Messages } from './translate'
export { pickLocale } from './translate'

export interface LocaleState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {} })

export const useLocale = () => useContext(LocaleContext)

export function useT<K extends string>(messages: Messages<K>) {
  const { locale } = useLocale()
  return (key: K, vars?: Record<string, string | number>) => translate(messages, locale, key, vars)
}
