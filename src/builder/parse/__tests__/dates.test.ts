import { describe, expect, it } from 'vitest'
import { isValidTimeZone, parseDate, zonedDay } from '../dates'
import { parseFrontMatter } from '../front-matter'
import { fixture } from '../../__tests__/load-fixture'

const iso = (value: unknown, tz = 'UTC') => parseDate(value, tz)?.toISOString() ?? null

describe('parseDate', () => {
  it('reads RFC 2822 dates in GMT whatever the site zone', () => {
    expect(iso('Thu, 06 Jan 2022 00:01:41 GMT', 'Asia/Shanghai')).toBe('2022-01-06T00:01:41.000Z')
    expect(iso('6 Jan 2022 08:01 +0800')).toBe('2022-01-06T00:01:00.000Z')
    expect(iso('Thu, 31 Dec 1936 00:00:00 GMT')).toBe('1936-12-31T00:00:00.000Z')
  })

  it('reads zone-less wall times in the site zone', () => {
    expect(iso('2022-04-23 05:09:06', 'Asia/Shanghai')).toBe('2022-04-22T21:09:06.000Z')
    expect(iso('2022-04-23', 'Asia/Shanghai')).toBe('2022-04-22T16:00:00.000Z')
    expect(iso('2013/7/13 20:46:25', 'UTC')).toBe('2013-07-13T20:46:25.000Z')
    expect(iso('1936-06-01 12:00:00', 'UTC')).toBe('1936-06-01T12:00:00.000Z')
  })

  it('handles daylight saving time in America/New_York', () => {
    expect(iso('2022-07-01 12:00:00', 'America/New_York')).toBe('2022-07-01T16:00:00.000Z')
    expect(iso('2022-01-01 12:00:00', 'America/New_York')).toBe('2022-01-01T17:00:00.000Z')
    // 01:30 happens twice on 6 Nov 2022: the first, still in EDT.
    expect(iso('2022-11-06 01:30:00', 'America/New_York')).toBe('2022-11-06T05:30:00.000Z')
    // 02:30 never happens on 13 Mar 2022: read with EST, it is 03:30 EDT.
    expect(iso('2022-03-13 02:30:00', 'America/New_York')).toBe('2022-03-13T07:30:00.000Z')
  })

  it('reads ISO 8601 with an offset or Z', () => {
    expect(iso('2022-01-06T08:01:41+08:00', 'America/New_York')).toBe('2022-01-06T00:01:41.000Z')
    expect(iso('2022-01-06T00:01:41.250Z', 'Asia/Shanghai')).toBe('2022-01-06T00:01:41.250Z')
    expect(iso('2022-01-06T08:01:41+0800')).toBe('2022-01-06T00:01:41.000Z')
  })

  it('takes Dates and epoch milliseconds as they are', () => {
    expect(iso(new Date('2022-01-06T00:01:41Z'))).toBe('2022-01-06T00:01:41.000Z')
    expect(iso(1641427301000)).toBe('2022-01-06T00:01:41.000Z')
  })

  it("returns null for the archive's 'Invalid Date'", () => {
    const { data } = parseFrontMatter(fixture('invalid-date.md'), { fileName: 'invalid-date.md' })
    expect(data.date).toBe('Invalid Date')
    expect(parseDate(data.date, 'Asia/Shanghai')).toBeNull()
  })

  it('returns null for missing and unreadable values', () => {
    for (const value of [
      'Invalid Date',
      '',
      '   ',
      'soon',
      '2022-02-30',
      '2022-13-01 00:00:00',
      '2022-01-01 25:00:00',
      'Fri, 32 Jan 2022 00:00:00 GMT',
      'Thu, 06 Foo 2022 00:01:41 GMT',
      NaN,
      Infinity,
      null,
      undefined,
      {},
      [],
      new Date('nope'),
    ]) {
      expect(parseDate(value, 'UTC')).toBeNull()
    }
  })
})

describe('zonedDay', () => {
  it('gives the calendar day in a zone', () => {
    const date = new Date('2022-01-06T00:01:41Z')
    expect(zonedDay(date, 'UTC')).toEqual({ y: 2022, m: 1, d: 6 })
    expect(zonedDay(date, 'Asia/Shanghai')).toEqual({ y: 2022, m: 1, d: 6 })
    expect(zonedDay(date, 'America/New_York')).toEqual({ y: 2022, m: 1, d: 5 })
    expect(zonedDay(new Date('2022-04-22T21:09:06Z'), 'Asia/Shanghai')).toEqual({
      y: 2022,
      m: 4,
      d: 23,
    })
    expect(zonedDay(new Date('1936-12-31T00:00:00Z'), 'Asia/Shanghai')).toEqual({
      y: 1936,
      m: 12,
      d: 31,
    })
  })
})

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects the rest', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })
})
