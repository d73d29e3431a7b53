const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

// North American zone names are the only ones RFC 2822 defines besides UT/GMT/Z.
const RFC_ZONES: Record<string, number> = {
  ut: 0,
  gmt: 0,
  utc: 0,
  z: 0,
  edt: -240,
  est: -300,
  cdt: -300,
  cst: -360,
  mdt: -360,
  mst: -420,
  pdt: -420,
  pst: -480,
}

// 'Thu, 06 Jan 2022 00:01:41 GMT', '6 Jan 2022 00:01 +0800'
const RFC_2822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([a-z]{1,3}|[+-]\d{4}))?$/i

// '2022-04-23 05:09:06', '2022-01-06T08:01:41+08:00', '2013/7/13 20:46:25', '2022-01-06'
const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i

interface Wall {
  y: number
  mo: number
  d: number
  h: number
  mi: number
  s: number
  ms: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timezone, f)
  }
  return f
}

function wallOf(ms: number, timezone: string): Wall {
  if (timezone === 'UTC') {
    // Intl is slow, and UTC needs none of it.
    const t = new Date(ms)
    const [y, mo, d, h, mi, s] = [
      t.getUTCFullYear(),
      t.getUTCMonth() + 1,
      t.getUTCDate(),
      t.getUTCHours(),
      t.getUTCMinutes(),
      t.getUTCSeconds(),
    ]
    return { y, mo, d, h, mi, s, ms: 0 }
  }
  const p: Record<string, string> = {}
  for (const part of formatterFor(timezone).formatToParts(ms)) p[part.type] = part.value
  const year = Number(p.year)
  return {
    y: p.era === 'BC' || p.era === 'B' ? 1 - year : year,
    mo: Number(p.month),
    d: Number(p.day),
    h: Number(p.hour),
    mi: Number(p.minute),
    s: Number(p.second),
    ms: 0,
  }
}

function utcOf(w: Wall): number {
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  date.setUTCFullYear(w.y, w.mo - 1, w.d)
  date.setUTCHours(w.h, w.mi, w.s, w.ms)
  return date.getTime()
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
function offsetAt(ms: number, timezone: string): number {
  const whole = Math.floor(ms / 1000) * 1000
  return utcOf(wallOf(whole, timezone)) - whole
}

function wallToInstant(w: Wall, timezone: string): number {
  const local = utcOf(w)
  const first = offsetAt(local, timezone)
  const second = offsetAt(local - first, timezone)
  const candidates = [local - first, local - second].filter(
    (t) => offsetAt(t, timezone) === local - t,
  )
  // Several: a wall time repeated when clocks go back; take the first. None: a wall time skipped
  // when clocks go forward; like moment-timezone, read it with the offset before the jump.
  if (candidates.length > 0) return Math.min(...candidates)
  return Math.max(local - first, local - second)
}

function isValidWall(w: Wall): boolean {
  if (w.mo < 1 || w.mo > 12 || w.d < 1 || w.h > 23 || w.mi > 59 || w.s > 60) return false
  const daysInMonth = new Date(Date.UTC(2000, w.mo, 0)).getUTCDate()
  const leap = (w.y % 4 === 0 && w.y % 100 !== 0) || w.y % 400 === 0
  return w.d <= (w.mo === 2 && !leap ? 28 : daysInMonth)
}

function zoneMinutes(zone: string): number | undefined {
  const lower = zone.toLowerCase()
  if (lower in RFC_ZONES) return RFC_ZONES[lower]
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)
  if (!m) return undefined
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0)
  return m[1] === '-' ? -minutes : minutes
}

function toInstant(w: Wall, zone: string | undefined, timezone: string): Date | null {
  if (!isValidWall(w)) return null
  if (zone === undefined) return new Date(wallToInstant(w, timezone))
  const minutes = zoneMinutes(zone)
  if (minutes === undefined) return null
  return new Date(utcOf(w) - minutes * 60_000)
}

function parseString(text: string, timezone: string): Date | null {
  const rfc = RFC_2822.exec(text)
  if (rfc) {
    const mo = MONTHS.indexOf((rfc[2] ?? '').toLowerCase()) + 1
    if (mo === 0) return null
    const [, d, , y, h, mi, s, zone] = rfc
    const wall = {
      y: Number(y),
      mo,
      d: Number(d),
      h: Number(h),
      mi: Number(mi),
      s: Number(s ?? 0),
      ms: 0,
    }
    return toInstant(wall, zone, timezone)
  }
  const iso = ISO_LIKE.exec(text)
  if (!iso) return null
  const [, y, mo, d, h, mi, s, frac, zone] = iso
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000)
  const wall = {
    y: Number(y),
    mo: Number(mo),
    d: Number(d),
    h: Number(h ?? 0),
    mi: Number(mi ?? 0),
    s: Number(s ?? 0),
    ms,
  }
  return toInstant(wall, zone, timezone)
}

/** Parses Hexo date values: RFC 2822 ('Thu, 06 Jan 2022 00:01:41 GMT'), 'YYYY-MM-DD HH:mm:ss' or 'YYYY-MM-DD' with no zone = wall time in `timezone`, ISO 8601 with offset or Z, a Date or epoch number. Returns null for missing/unparseable ('Invalid Date', '', garbage). */
export function parseDate(value: unknown, timezone: string): Date | null {
  let date: Date | null = null
  if (value instanceof Date) date = new Date(value.getTime())
  // A number is epoch milliseconds, as moment (and so Hexo) reads it.
  else if (typeof value === 'number') date = new Date(value)
  // Length check: no date is long, and it bounds the regex work on hostile input.
  else if (typeof value === 'string' && value.length < 100)
    date = parseString(value.trim(), timezone)
  return date && Number.isFinite(date.getTime()) ? date : null
}

/** Calendar day of an instant in an IANA zone. */
export function zonedDay(date: Date, timezone: string): { y: number; m: number; d: number } {
  const w = wallOf(date.getTime(), timezone)
  return { y: w.y, m: w.mo, d: w.d }
}

/** Wall-clock fields of an instant in an IANA zone; used by permalinks. */
export function zonedParts(date: Date, timezone: string): Omit<Wall, 'ms'> {
  const { ms: _ms, ...rest } = wallOf(date.getTime(), timezone)
  return rest
}

/** Offset of an IANA zone from UTC at an instant, in milliseconds (`+08:00` is 28,800,000). */
export const zoneOffset = (date: Date, timezone: string): number =>
  offsetAt(date.getTime(), timezone)

export function isValidTimeZone(tz: string): boolean {
  if (tz.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    return true
  } catch {
    return false
  }
}
