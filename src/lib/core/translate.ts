/** The React-free half of i18n: the article first paint (src/first-paint) uses it without React. */
export type Locale = 'zh' | 'en'

/** Each feature keeps its own strings in both languages; this picks the reader's. */
export type Messages<K extends string> = Record<Locale, Record<K, string>>

/** One message in one locale, with `{name}` placeholders filled in. */
export function translate<K extends string>(
  messages: Messages<K>,
  locale: Locale,
  key: K,
  vars?: Record<string, string | number>,
): string {
  const text = messages[locale][key]
  return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : text
}

/** Picks the UI language: the reader's choice, then the site's language, then the browser's. */
export function pickLocale(
  stored: string | null,
  siteLanguage: string | undefined,
  browser: string,
): Locale {
  if (stored === 'zh' || stored === 'en') return stored
  const lang = (siteLanguage || browser || 'en').toLowerCase()
  return lang.startsWith('zh') ? 'zh' : 'en'
}
