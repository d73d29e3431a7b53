import type { Calendar, CalendarDayCount, CalendarYearCounts, ListRef } from './format'

/** [day of month, its window of the latest list] */
export type CalendarDay = [number, ListRef]

export interface CalendarMonth {
  /** 1-12 */
  m: number
  list: ListRef
  days: CalendarDay[]
}

export interface CalendarYear {
  y: number
  list: ListRef
  months: CalendarMonth[]
}

/** The calendar with every year's, month's and day's list: what the app reads it as. */
export interface CalendarWindows {
  years: CalendarYear[]
}

const dayTotal = (days: CalendarDayCount[]) => days.reduce((sum, [, n]) => sum + n, 0)
const yearTotal = (year: CalendarYearCounts) =>
  year.months.reduce((sum, month) => sum + dayTotal(month.days), 0)

/**
 * Every period's window of the stored list `calendar.h`, from the counts alone. The file is oldest
 * first and the list newest first, with every article dated, so a period starts after all the
 * articles that follow it in the file. Position, not date, decides: a period the file lists twice
 * (a zone whose clock went back over midnight) gets two windows, as the builder's runs are.
 */
export function calendarWindows({ h, years }: Calendar): CalendarWindows {
  // Articles not older than the period being visited: its window ends where this count does.
  let rest = years.reduce((sum, year) => sum + yearTotal(year), 0)
  const window = (n: number): ListRef => ({ h, n, start: rest - n })
  const days = (counts: CalendarDayCount[]) =>
    counts.map(([d, n]): CalendarDay => {
      const day: CalendarDay = [d, window(n)]
      rest -= n
      return day
    })
  return {
    years: years.map((year) => ({
      y: year.y,
      // Each period's window is taken before its days move `rest` on (properties run in order).
      list: window(yearTotal(year)),
      months: year.months.map((month) => ({
        m: month.m,
        list: window(dayTotal(month.days)),
        days: days(month.days),
      })),
    })),
  }
}
