import type { CalendarMonth, CalendarWindows, CalendarYear } from '../bundle/calendar-windows'
import type { ListRef } from '../bundle/format'
import { cachedFormat } from './core/format-date'

export const findYear = (cal: CalendarWindows, y: number): CalendarYear | undefined =>
  cal.years.find((year) => year.y === y)

export const findMonth = (cal: CalendarWindows, y: number, m: number): CalendarMonth | undefined =>
  findYear(cal, y)?.months.find((month) => month.m === m)

export function findDay(
  cal: CalendarWindows,
  y: number,
  m: number,
  d: number,
): ListRef | undefined {
  return findMonth(cal, y, m)?.days.find(([day]) => day === d)?.[1]
}

export interface MonthRef {
  year: number
  month: number
  count: number
}
export interface DayRef extends MonthRef {
  day: number
}

/** Every month with articles, oldest first (the calendar file is sorted, but do not rely on it). */
export function allMonths(cal: CalendarWindows): MonthRef[] {
  return cal.years
    .flatMap((y) => y.months.map((m) => ({ year: y.y, month: m.m, count: m.list.n })))
    .sort((a, b) => a.year - b.year || a.month - b.month)
}

export function allDays(cal: CalendarWindows): DayRef[] {
  return cal.years
    .flatMap((y) =>
      y.months.flatMap((m) =>
        m.days.map(([d, list]) => ({ year: y.y, month: m.m, day: d, count: list.n })),
      ),
    )
    .sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day)
}

/** The neighbours of `index` in a sorted list, skipping nothing because empty periods are not listed. */
function around<T>(list: T[], index: number): { prev?: T; next?: T } {
  if (index < 0) return {}
  return { prev: list[index - 1], next: list[index + 1] }
}

export function monthNeighbours(cal: CalendarWindows, y: number, m: number) {
  const months = allMonths(cal)
  return around(
    months,
    months.findIndex((r) => r.year === y && r.month === m),
  )
}

export function dayNeighbours(cal: CalendarWindows, y: number, m: number, d: number) {
  const days = allDays(cal)
  return around(
    days,
    days.findIndex((r) => r.year === y && r.month === m && r.day === d),
  )
}

export function yearNeighbours(cal: CalendarWindows, y: number) {
  const years = [...cal.years].sort((a, b) => a.y - b.y)
  return around(
    years,
    years.findIndex((r) => r.y === y),
  )
}

/** The most recent month with articles, the archive's default view. */
export const latestMonth = (cal: CalendarWindows): MonthRef | undefined => allMonths(cal).at(-1)

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
