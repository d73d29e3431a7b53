import type { Locale } from './translate'

const tag = (locale: Locale) => (locale === 'zh' ? 'zh-CN' : 'en-GB')

const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * A formatter per `key` (its locale and shape, named by the caller: lists ask hundreds of times a
 * render, so the key is cheap), made once: making one costs up to 8 ms with a time zone. An unknown
 * zone falls back to `fallbackZone` (or, without it, the device's own).
 */
export function cachedFormat(
  key: string,
  localeTag: string,
  options: () => Intl.DateTimeFormatOptions,
  fallbackZone?: string,
): Intl.DateTimeFormat {
  let format = formatters.get(key)
  if (!format) {
    const shape = options()
    try {
      format = new Intl.DateTimeFormat(localeTag, shape)
    } catch {
      format = new Intl.DateTimeFormat(localeTag, { ...shape, timeZone: fallbackZone })
    }
    formatters.set(key, format)
  }
  return format
}

/** Date and time in a zone; an unknown zone in the entry shows UTC, named as such, rather than fail the page. */
export const dateTimeFormat = (
  locale: Locale,
  timeZone: string,
  withZone: boolean,
): Intl.DateTimeFormat =>
  cachedFormat(
    `datetime|${locale}|${timeZone}|${withZone}`,
    tag(locale),
    () => ({
      year: 'numeric',
      month: locale === 'zh' ? 'numeric' : 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(withZone ? { timeZoneName: 'short' } : {}),
      timeZone,
    }),
    'UTC',
  )

/** An article's date and time in the site's zone, compact for lists: `2022/1/6 14:05` / `6 Jan 2022, 14:05`. */
export function formatDateTime(iso: string, locale: Locale, timeZone = 'UTC'): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return dateTimeFormat(locale, timeZone, false).format(date)
}

/** Calendar labels are built from plain numbers in UTC: they name a period, not an instant. */
const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d, 12))

/** Calendar labels, one formatter per `shape` (the options' name): the calendar asks for hundreds a render. */
const utcFormat = (locale: Locale, shape: string, options: Intl.DateTimeFormatOptions) =>
  cachedFormat(`utc|${shape}|${locale}`, tag(locale), () => ({ ...options, timeZone: 'UTC' }))

export const formatDay = (locale: Locale, y: number, m: number, d: number) =>
  utcFormat(locale, 'day', { year: 'numeric', month: 'long', day: 'numeric' }).format(utc(y, m, d))

export const formatMonth = (locale: Locale, y: number, m: number) =>
  utcFormat(locale, 'month', { year: 'numeric', month: 'long' }).format(utc(y, m))

export const formatMonthName = (locale: Locale, m: number, style: 'long' | 'short' = 'long') =>
  utcFormat(locale, `month-name-${style}`, { month: style }).format(utc(2000, m))

export const formatYear = (locale: Locale, y: number) => (locale === 'zh' ? `${y}年` : String(y))

/** Weekday initials, Monday first: 一 二 … / Mon Tue …. */
export function weekdayNames(locale: Locale, weekStartsOn = 1): string[] {
  const f = utcFormat(locale, 'weekday', { weekday: locale === 'zh' ? 'narrow' : 'short' })
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    f.format(utc(2024, 1, 1 + ((i + weekStartsOn - 1 + 7) % 7))),
  )
}
