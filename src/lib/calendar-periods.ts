/**
 * The archive pages' walks through the calendar: days, neighbours, the latest month. Apart from
 * lib/calendar.ts, which the side column's calendar loads on every desktop page.
 */
import type { CalendarWindows } from '../bundle/calendar-windows'
import type { ListRef } from '../bundle/format'
import type { MonthRef } from './calendar'
import { allMonths, findMonth } from './calendar'

export interface DayRef extends MonthRef {
  day: number
}

export function findDay(
  cal: CalendarWindows,
  y: number,
  m: number,
  d: number,
): ListRef | undefined {
  return findMonth(cal, y, m)?.days.find(([day]) => day === d)?.[1]
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
