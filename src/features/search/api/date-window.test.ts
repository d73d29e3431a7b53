import { describe, expect, it } from 'vitest'
import { calendarWindows } from '../../../bundle/calendar-windows'
import { FORMAT_VERSION } from '../../../bundle/format'
import { calendarMonths, dateWindow } from './date-window'

// The latest list is newest first: February 2022 (5 posts) at 0, January (15) at 5, then 2021.
const calendar = calendarWindows({
  format: FORMAT_VERSION,
  h: 'x',
  years: [
    {
      y: 2021,
      months: [
        { m: 11, days: [[2, 7]] },
        {
          m: 12,
          days: [
            [1, 1],
            [31, 3],
          ],
        },
      ],
    },
    {
      y: 2022,
      months: [
        { m: 1, days: [[9, 15]] },
        { m: 2, days: [[28, 5]] },
      ],
    },
  ],
})

describe('dateWindow', () => {
  it('covers the months from `from` to `to`, either end open', () => {
    expect(dateWindow(calendar, undefined, undefined)).toBeUndefined()
    expect(dateWindow(calendar, '2022-01', '2022-01')).toEqual({ start: 5, n: 15 })
    expect(dateWindow(calendar, '2021-12', '2022-01')).toEqual({ start: 5, n: 19 })
    expect(dateWindow(calendar, '2022-01', undefined)).toEqual({ start: 0, n: 20 })
    expect(dateWindow(calendar, undefined, '2021-11')).toEqual({ start: 24, n: 7 })
  })
  it('is null when no month in the range has articles', () => {
    expect(dateWindow(calendar, '2021-01', '2021-10')).toBeNull()
  })
  it('lists the months for the pickers, newest first', () => {
    expect(calendarMonths(calendar)).toEqual(['2022-02', '2022-01', '2021-12', '2021-11'])
  })
})
