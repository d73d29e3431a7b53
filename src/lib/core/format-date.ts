import type { Locale } from './translate'

const tag = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB')

const formatters = new Map<string, Intl.DateTimeFormat>()

/** Date and time in a zone, cached (lists format hundreds); an unknown zone falls back to UTC. */
export function dateTimeFormat(
  locale: Locale,
  timeZone: string,
  withZone: boolean,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${withZone}`
  let format = formatters.get(key)
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: locale === 'zh' ? 'numeric' : 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(withZone ? { timeZoneName: 'short' } : {}),
    }
    try {
      format = new Intl.DateTimeFormat(tag(locale), { ...options, timeZone })
    } catch {
      // An unknown zone in the entry: show UTC, named as such, rather than fail the page.
      format = new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: 'UTC' })
    }
    formatters.set(key, format)
  }
  return format
}

/** An article's date and time in the site's zone, compact for lists: `2022/1/6 14:05` / `6 Jan 2022, 14:05`. */
export function formatDateTime(iso: string, locale: Locale, timeZone = 'UTC'): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return dateTimeFormat(locale, timeZone, false).format(date)
}

/** Calendar labels are built from plain numbers in UTC: they name a period, not an instant. */
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d, 12))

/** A UTC formatter per locale and shape, made once: the calendar asks for hundreds a render. */
function utcFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|utc|${JSON.stringify(options)}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: 'UTC' })
    formatters.set(key, format)
  }
  return format
}

export const formatDay = (locale: Locale, y: number, m: number, d: number) =>
  utcFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(utc(y, m, d))

export const formatMonth = (locale: Locale, y: number, m: number) =>
  utcFormat(locale, { year: 'numeric', month: 'long' }).format(utc(y, m))

export const formatMonthName = (locale: Locale, m: number, style: 'long' | 'short' = 'long') =>
  utcFormat(locale, { month: style }).format(utc(2000, m))

export const formatYear = (locale: Locale, y: number) => (locale === 'zh' ? `${y}年` : String(y))

/** Weekday initials, Monday first: 一 二 … / Mon Tue …. */
export function weekdayNames(locale: Locale, weekStartsOn = 1): string[] {
  const f = utcFormat(locale, { weekday: locale === 'zh' ? 'narrow' : 'short' })
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    f.format(utc(2024, 1, 1 + ((i + weekStartsOn - 1 + 7) % 7))),
  )
}
