import { createContext, useContext } from 'react'
import type { Locale, Messages } from '../core/translate'
import { translate } from '../core/translate'

export type { Locale, Messages } from '../core/translate'
export { pickLocale } from '../core/translate'

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
