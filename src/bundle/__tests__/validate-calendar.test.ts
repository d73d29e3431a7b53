import { describe, expect, it } from 'vitest'
import { FORMAT_VERSION } from '../format'
import { BundleFormatError, validateCalendar } from '../validate'

const format = FORMAT_VERSION
const calendar = (years: unknown) => ({ format, h: '0b6c5d4e3f2a', years })
const inMonth = (days: unknown) => calendar([{ y: 2022, months: [{ m: 1, days }] }])

describe('calendar validation', () => {
  it('accepts the files the builder writes', () => {
    const cal = calendar([
      { y: 2021, months: [{ m: 12, days: [[31, 2]] }] },
      {
        y: 2022,
        months: [
          {
            m: 1,
            days: [
              [5, 1],
              [6, 3],
            ],
          },
        ],
      },
    ])
    expect(validateCalendar(cal)).toBe(cal)
    expect(validateCalendar(calendar([]))).toEqual(calendar([]))
  })

  it.each([
    ['a calendar without the list hash', { format, years: [] }],
    ['a calendar without years', { format, h: 'a1' }],
    ['a year without months', calendar([{ y: 2022 }])],
    ['a year that is not a number', calendar([{ y: '2022', months: [] }])],
    ['a month without days', calendar([{ y: 2022, months: [{ m: 1 }] }])],
    ['a day as a ListRef (format 3)', inMonth([[5, { h: 'a', n: 1 }]])],
    ['a day without its count', inMonth([[5]])],
    ['a negative count', inMonth([[5, -1]])],
    ['a fractional count', inMonth([[5, 1.5]])],
    ['another format', { ...calendar([]), format: format + 1 }],
  ])('rejects %s', (_, value) => {
    expect(() => validateCalendar(value)).toThrow(BundleFormatError)
  })
})
