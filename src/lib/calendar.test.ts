import { describe, expect, it } from 'vitest'
import type { CalendarWindows } from '../bundle/calendar-windows'
import { monthGrid, todayIn } from './calendar'
import { dayNeighbours, monthNeighbours } from './calendar-periods'

describe('monthGrid', () => {
  it('starts weeks on Monday: January 2022 began on a Saturday', () => {
    const weeks = monthGrid(2022, 1)
    expect(weeks[0]).toEqual([null, null, null, null, null, 1, 2])
    expect(weeks.at(-1)).toEqual([31, null, null, null, null, null, null])
    expect(weeks).toHaveLength(6)
  })
  it('fills exactly four weeks for February 2021 (Monday the 1st, 28 days)', () => {
    const weeks = monthGrid(2021, 2)
    expect(weeks).toHaveLength(4)
    expect(weeks[0]?.[0]).toBe(1)
    expect(weeks[3]?.[6]).toBe(28)
  })
  it('handles leap years and Sunday-first grids', () => {
    expect(monthGrid(2024, 2).flat().filter(Boolean)).toHaveLength(29)
    expect(monthGrid(2022, 1, 0)[0]).toEqual([null, null, null, null, null, null, 1])
  })
})

const ref = { h: 'x', n: 1 }
const cal: CalendarWindows = {
  years: [
    { y: 2021, list: ref, months: [{ m: 11, list: ref, days: [[30, ref]] }] },
    {
      y: 2022,
      list: ref,
      months: [
        {
          m: 1,
          list: ref,
          days: [
            [3, ref],
            [9, ref],
          ],
        },
        { m: 4, list: ref, days: [[1, ref]] },
      ],
    },
  ],
}

describe('neighbours skip empty periods', () => {
  it('months', () => {
    const { prev, next } = monthNeighbours(cal, 2022, 1)
    expect(prev).toMatchObject({ year: 2021, month: 11 })
    expect(next).toMatchObject({ year: 2022, month: 4 })
  })
  it('days, across months and years', () => {
    expect(dayNeighbours(cal, 2022, 1, 3)).toMatchObject({
      prev: { year: 2021, month: 11, day: 30 },
      next: { day: 9 },
    })
    expect(dayNeighbours(cal, 2022, 4, 1).next).toBeUndefined()
  })
})

describe('todayIn', () => {
  it('uses the site zone', () => {
    const now = new Date('2022-01-05T20:00:00Z')
    expect(todayIn('Asia/Shanghai', now)).toEqual({ year: 2022, month: 1, day: 6 })
    expect(todayIn('America/New_York', now)).toEqual({ year: 2022, month: 1, day: 5 })
  })
})
