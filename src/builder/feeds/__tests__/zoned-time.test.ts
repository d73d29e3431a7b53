import { describe, expect, it } from 'vitest'
import { rfc3339, rfc822 } from '../zoned-time'

describe('instants in the site zone’s offset', () => {
  it('writes the wall clock of the zone, with its offset rather than Z', () => {
    expect(rfc3339('2022-01-06T02:00:00.000Z', 'Asia/Shanghai')).toBe('2022-01-06T10:00:00+08:00')
    expect(rfc822('2022-01-06T02:00:00.000Z', 'Asia/Shanghai')).toBe(
      'Thu, 06 Jan 2022 10:00:00 +0800',
    )
    expect(rfc3339('2022-01-06T02:00:00.000Z', 'UTC')).toBe('2022-01-06T02:00:00+00:00')
  })

  it('crosses the date line and follows daylight saving time', () => {
    expect(rfc3339('2024-03-01T02:30:00.000Z', 'America/New_York')).toBe(
      '2024-02-29T21:30:00-05:00',
    )
    expect(rfc3339('2024-07-01T02:30:00.000Z', 'America/New_York')).toBe(
      '2024-06-30T22:30:00-04:00',
    )
    expect(rfc822('2024-07-01T02:30:00.000Z', 'America/New_York')).toBe(
      'Sun, 30 Jun 2024 22:30:00 -0400',
    )
    expect(rfc3339('2024-01-01T00:00:00.000Z', 'Asia/Kolkata')).toBe('2024-01-01T05:30:00+05:30')
  })

  it('gets both sides of a day whose offset changes', () => {
    expect(rfc3339('2024-03-10T06:59:59.000Z', 'America/New_York')).toBe(
      '2024-03-10T01:59:59-05:00',
    )
    expect(rfc3339('2024-03-10T07:00:00.000Z', 'America/New_York')).toBe(
      '2024-03-10T03:00:00-04:00',
    )
    expect(rfc3339('2024-03-10T23:00:00.000Z', 'America/New_York')).toBe(
      '2024-03-10T19:00:00-04:00',
    )
  })

  it('writes an instant of an offset with seconds (local mean time) in UTC', () => {
    expect(rfc3339('1890-01-01T00:00:00.000Z', 'Asia/Shanghai')).toBe('1890-01-01T00:00:00+00:00')
  })
})
