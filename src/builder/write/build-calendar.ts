import type { CalendarMonth, CalendarWindows, CalendarYear } from '../../bundle/calendar-windows'
import type { ArticleSummary, Calendar, CalendarDayCount } from '../../bundle/format'
import { FORMAT_VERSION } from '../../bundle/format'
import { zonedDay } from '../parse/dates'

/**
 * Days, months and years as windows of the newest-first list `h`: each is a run of it, not a copy.
 * A period whose articles form two runs (a clock set back over midnight) is listed twice.
 */
export function calendarRuns(
  sorted: ArticleSummary[],
  timezone: string,
  h: string,
): CalendarWindows {
  const years: CalendarYear[] = []
  let year: CalendarYear | undefined
  let month: CalendarMonth | undefined
  sorted.forEach((summary, index) => {
    const { y, m, d } = zonedDay(new Date(summary.date), timezone)
    if (year?.y !== y) {
      year = { y, list: { h, n: 0, start: index }, months: [] }
      years.push(year)
      month = undefined
    }
    if (month?.m !== m) {
      month = { m, list: { h, n: 0, start: index }, days: [] }
      year.months.push(month)
    }
    const last = month.days[month.days.length - 1]
    if (last?.[0] === d) last[1].n += 1
    else month.days.push([d, { h, n: 1, start: index }])
    month.list.n += 1
    year.list.n += 1
  })
  // Found newest first; the file is oldest first, as people read a calendar.
  for (const y of years) {
    for (const m of y.months) m.days.reverse()
    y.months.reverse()
  }
  return { years: years.reverse() }
}

/** The calendar file: the list's hash once and each day's count; `calendarWindows` gives the rest back. */
export function buildCalendar(sorted: ArticleSummary[], timezone: string, h: string): Calendar {
  const { years } = calendarRuns(sorted, timezone, h)
  return {
    format: FORMAT_VERSION,
    h,
    years: years.map((year) => ({
      y: year.y,
      months: year.months.map((month) => ({
        m: month.m,
        days: month.days.map(([d, list]): CalendarDayCount => [d, list.n]),
      })),
    })),
  }
}
