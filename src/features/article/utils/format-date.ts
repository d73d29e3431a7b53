import type { Locale } from '../../../lib/i18n/locale'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`
  let f = formatters.get(key)
  if (!f) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: locale === 'zh' ? 'numeric' : 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    }
    const tag = locale === 'zh' ? 'zh-CN' : 'en-GB'
    try {
      f = new Intl.DateTimeFormat(tag, { ...options, timeZone })
    } catch {
      // An unknown zone in the entry: show UTC, named as such, rather than fail the page.
      f = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' })
    }
    formatters.set(key, f)
  }
  return f
}

/**
 * The article's date and time in the site's zone, with the zone named:
 * `2022年1月6日 08:01 GMT+8` or `6 Jan 2022, 08:01 GMT+8`. Empty for an invalid date.
 */
export function formatArticleDate(iso: string, timeZone: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  // Assembled from parts: zh-CN's own order puts the zone before the time.
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const part of formatter(locale, timeZone).formatToParts(date)) parts[part.type] = part.value
  const { year, month, day, hour, minute, timeZoneName: zone } = parts
  return locale === 'zh'
    ? `${year}年${month}月${day}日 ${hour}:${minute} ${zone}`
    : `${day} ${month} ${year}, ${hour}:${minute} ${zone}`
}
