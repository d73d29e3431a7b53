/** Post dates over 2020–2022, written the two ways the archive writes them. */
import type { Random } from './random'

const dayMs = 86_400_000
const start = Date.UTC(2020, 0, 1)
const dayCount = Math.round((Date.UTC(2023, 0, 1) - start) / dayMs)

/** The busy day (Singles' Day 2021): about 0.6% of all posts, so ≥ 500 at 100,000 posts. */
export const busyDay = '2021-11-11'
const busyDayIndex = Math.round((Date.parse(`${busyDay}T00:00:00Z`) - start) / dayMs)

/** Picks an instant: weekends are quieter, one day is very busy. */
export function pickDate(r: Random): Date {
  if (r.chance(0.006)) {
    // 01:00–15:00 UTC is the same calendar day in UTC and in Asia/Shanghai.
    return new Date(start + busyDayIndex * dayMs + r.int(3_600, 54_000) * 1000)
  }
  for (;;) {
    const day = r.int(0, dayCount - 1)
    const weekday = new Date(start + day * dayMs).getUTCDay()
    if ((weekday === 0 || weekday === 6) && r.chance(0.4)) continue
    return new Date(start + day * dayMs + r.int(0, 86_399) * 1000)
  }
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** `2022-01-15 09:30:00`: no zone, as the older half of the archive writes dates. */
export function formatZoneless(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
}

/** `Thu, 06 Jan 2022 00:01:41 GMT` (RFC 2822 / toUTCString) or the zone-less form. */
export function formatDate(r: Random, date: Date): string {
  return r.chance(0.65) ? date.toUTCString() : formatZoneless(date)
}
