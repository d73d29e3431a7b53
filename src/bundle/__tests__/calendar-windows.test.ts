import { describe, expect, it } from 'vitest'
import { calendarWindows } from '../calendar-windows'
import { FORMAT_VERSION } from '../format'

const h = 'latest'
const at = (start: number, n: number) => ({ h, n, start })

describe('calendarWindows', () => {
  it('places every period in the newest-first list from the counts alone', () => {
    // Newest first: 2022-02-03 (2), 2022-01-31 (1), 2022-01-05 (4), 2021-12-31 (3).
    const windows = calendarWindows({
      format: FORMAT_VERSION,
      h,
      years: [
        { y: 2021, months: [{ m: 12, days: [[31, 3]] }] },
        {
          y: 2022,
          months: [
            {
              m: 1,
              days: [
                [5, 4],
                [31, 1],
              ],
            },
            { m: 2, days: [[3, 2]] },
          ],
        },
      ],
    })
    expect(windows).toEqual({
      years: [
        { y: 2021, list: at(7, 3), months: [{ m: 12, list: at(7, 3), days: [[31, at(7, 3)]] }] },
        {
          y: 2022,
          list: at(0, 7),
          months: [
            {
              m: 1,
              list: at(2, 5),
              days: [
                [5, at(3, 4)],
                [31, at(2, 1)],
              ],
            },
            { m: 2, list: at(0, 2), days: [[3, at(0, 2)]] },
          ],
        },
      ],
    })
  })

  it('gives a period listed twice two windows, by position', () => {
    // Antarctica/Casey, 2010-03-05 02:00 +11 became 2010-03-04 23:00 +08: the 5th, the 4th, the 5th.
    const { years } = calendarWindows({
      format: FORMAT_VERSION,
      h,
      years: [
        {
          y: 2010,
          months: [
            {
              m: 3,
              days: [
                [5, 1],
                [4, 2],
                [5, 3],
              ],
            },
          ],
        },
      ],
    })
    expect(years[0]?.months[0]?.days).toEqual([
      [5, at(5, 1)],
      [4, at(3, 2)],
      [5, at(0, 3)],
    ])
  })

  it('is empty for an empty site', () => {
    expect(calendarWindows({ format: FORMAT_VERSION, h, years: [] })).toEqual({ years: [] })
  })
})
