/**
 * Instants as the site's wall clock with its offset (`+08:00`, not `Z`), as feeds and sitemaps
 * write them: a reader in the site's zone sees the hour the post names.
 */
import { zoneOffset } from '../parse/dates'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

interface Zoned {
  y: number
  mo: number
  d: number
  h: number
  mi: number
  s: number
  /** Minutes east of UTC. */
  offset: number
}

const DAY = 86_400_000
/** Zone and UTC day → the zone's offset all that day, or null when it changes during the day. */
const dayOffsets = new Map<string, number | null>()

/**
 * The zone's offset at an instant. A zone lookup costs microseconds, and a sitemap dates 100,000
 * pages: a day whose offset is the same at its first and last millisecond has one all day.
 */
function offsetAt(ms: number, timezone: string): number {
  const day = Math.floor(ms / DAY)
  const key = `${timezone}\u0000${day}`
  let offset = dayOffsets.get(key)
  if (offset === undefined) {
    const first = zoneOffset(new Date(day * DAY), timezone)
    offset = first === zoneOffset(new Date(day * DAY + DAY - 1), timezone) ? first : null
    if (dayOffsets.size > 100_000) dayOffsets.clear()
    dayOffsets.set(key, offset)
  }
  return offset ?? zoneOffset(new Date(ms), timezone)
}

function zoned(iso: string, timezone: string): Zoned {
  const date = new Date(iso)
  let offsetMs = offsetAt(date.getTime(), timezone)
  // Before standard time a zone's offset had seconds (Shanghai's +08:05:43), which neither
  // format can write: such an instant is written in UTC.
  if (offsetMs % 60_000 !== 0) offsetMs = 0
  // The wall clock is the instant moved by the offset, read in UTC: one zone lookup, not two.
  const wall = new Date(date.getTime() + offsetMs)
  return {
    y: wall.getUTCFullYear(),
    mo: wall.getUTCMonth() + 1,
    d: wall.getUTCDate(),
    h: wall.getUTCHours(),
    mi: wall.getUTCMinutes(),
    s: wall.getUTCSeconds(),
    offset: offsetMs / 60_000,
  }
}

const offsetText = (minutes: number, separator: string) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${separator}${pad(Math.abs(minutes) % 60)}`

/** RFC 3339 (Atom, JSON Feed, sitemaps): `2024-03-01T10:00:00+08:00`. */
export function rfc3339(iso: string, timezone: string): string {
  const t = zoned(iso, timezone)
  if (t.y < 1 || t.y > 9999) return new Date(iso).toISOString()
  return `${pad(t.y, 4)}-${pad(t.mo)}-${pad(t.d)}T${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}${offsetText(t.offset, ':')}`
}

/** RFC 822 as RSS 2.0 wants it, four-digit year: `Fri, 01 Mar 2024 10:00:00 +0800`. */
export function rfc822(iso: string, timezone: string): string {
  const t = zoned(iso, timezone)
  if (t.y < 1 || t.y > 9999) return new Date(iso).toUTCString()
  const weekday = new Date(0)
  weekday.setUTCFullYear(t.y, t.mo - 1, t.d)
  return `${DAYS[weekday.getUTCDay()]}, ${pad(t.d)} ${MONTHS[t.mo - 1]} ${pad(t.y, 4)} ${pad(t.h)}:${pad(t.mi)}:${pad(t.s)} ${offsetText(t.offset, '')}`
}
