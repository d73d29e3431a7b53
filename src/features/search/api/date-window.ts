import type { CalendarWindows } from '../../../bundle/calendar-windows'

/**
 * The window of the latest list (newest first) that holds the months from `from` to `to`
 * (`YYYY-MM`, inclusive, either open): undefined without a date filter, null when no article
 * falls in the range.
 */
export function dateWindow(
  calendar: CalendarWindows,
  from: string | undefined,
  to: string | undefined,
): { start: number; n: number } | null | undefined {
  if (!from && !to) return undefined
  const low = from ?? '0000-00'
  const high = to ?? '9999-99'
  let start = Infinity
  let end = -Infinity
  for (const year of calendar.years)
    for (const month of year.months) {
      const key = `${year.y}-${String(month.m).padStart(2, '0')}`
      if (key < low || key > high) continue
      const s = month.list.start ?? 0
      start = Math.min(start, s)
      end = Math.max(end, s + month.list.n)
    }
  return end > start ? { start, n: end - start } : null
}

/** Every month with articles, newest first, as `YYYY-MM`, for the date pickers. */
export function calendarMonths(calendar: CalendarWindows): string[] {
  const months: string[] = []
  for (const year of calendar.years)
    for (const month of year.months) months.push(`${year.y}-${String(month.m).padStart(2, '0')}`)
  return months.reverse()
}
