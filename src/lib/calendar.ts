import type { CalendarMonth, CalendarWindows, CalendarYear } from '../bundle/calendar-windows'
import { cachedFormat } from './core/format-date'

export const findYear = (cal: CalendarWindows, y: number): CalendarYear | undefined =>
  cal.years.find((year) => year.y === y)

export const findMonth = (cal: CalendarWindows, y: number, m: number): CalendarMonth | undefined =>
  findYear(cal, y)?.months.find((month) => month.m === m)

export interface MonthRef {
  year: number
  month: number
  count: number
}

/** Every month with articles, oldest first (the calendar file is sorted, but do not rely on it). */
export function allMonths(cal: CalendarWindows): MonthRef[] {
  return cal.years
    .flatMap((y) => y.months.map((m) => ({ year: y.y, month: m.m, count: m.list.n })))
    .sort((a, b) => a.year - b.year || a.month - b.month)
}

/**
 * Weeks of a month as 7 cells each (day of month or null), Monday first.
 * Pure calendar arithmetic in UTC: the builder has already bucketed days in the site's zone.
 */
export function monthGrid(year: number, month: number, weekStartsOn = 1): (number | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const lead = (first - weekStartsOn + 7) % 7
  const cells: (number | null)[] = Array.from({ length: lead }, () => null)
  for (let d = 1; d <= length; d++) cells.push(d)
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (number | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** Today's year, month and day in the site's zone, to outline today in the calendar. */
export function todayIn(
  timeZone: string,
  now = new Date(),
): { year: number; month: number; day: number } {
  const parts = cachedFormat(`today|${timeZone}`, 'en-CA', () => ({
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone,
  })).formatToParts(now)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: get('year'), month: get('month'), day: get('day') }
}
