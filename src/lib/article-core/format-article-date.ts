import type { Locale } from '../core/translate'
import { dateTimeFormat } from '../core/format-date'

// Its own module so the article view's chunk carries it, not the home page's.
/** The message naming the evidence of an estimated date; a kind this app does not know is "other". */
export function dateEvidenceKey(
  evidence: string,
): 'dateFromGit' | 'dateFromUrl' | 'dateFromMtime' | 'dateFromOther' {
  if (evidence === 'git') return 'dateFromGit'
  if (evidence === 'url') return 'dateFromUrl'
  if (evidence === 'mtime') return 'dateFromMtime'
  return 'dateFromOther'
}

/**
 * The article page's date and time, with the zone named:
 * `2022年1月6日 08:01 GMT+8` or `6 Jan 2022, 08:01 GMT+8`. Empty for an invalid date. With
 * `dayOnly`, the day alone: a date read from a URL path has no time of day worth showing.
 */
export function formatArticleDate(
  iso: string,
  timeZone: string,
  locale: Locale,
  dayOnly = false,
): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  // Assembled from parts: zh-CN's own order puts the zone before the time.
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const part of dateTimeFormat(locale, timeZone, true).formatToParts(date))
    parts[part.type] = part.value
  const { year, month, day, hour, minute, timeZoneName: zone } = parts
  if (dayOnly) return locale === 'zh' ? `${year}年${month}月${day}日` : `${day} ${month} ${year}`
  return locale === 'zh'
    ? `${year}年${month}月${day}日 ${hour}:${minute} ${zone}`
    : `${day} ${month} ${year}, ${hour}:${minute} ${zone}`
}
