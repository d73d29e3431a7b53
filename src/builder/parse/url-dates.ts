// Absolute URLs, and the targets of src/href attributes and Markdown links: a post's images and links.
const URLS = /https?:\/\/[^\s"'<>()\\]+|(?:src|href)\s*=\s*["']?([^\s"'<>]+)|\]\(\s*<?([^\s)>]+)/gi

// A day as a path segment: /2021/01/26/, /20210126/ or /2021-01-26/ (one separator throughout).
const DAY_SEGMENT = /\/((?:19|20)\d{2})([-/]?)(\d{2})\2(\d{2})(?=\/)/g

const EARLIEST_YEAR = 1990

export interface UrlDay {
  y: number
  m: number
  d: number
}

function isCalendarDay({ y, m, d }: UrlDay): boolean {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const dayKey = ({ y, m, d }: UrlDay) => y * 10_000 + m * 100 + d

/** Every plausible day in the post's URL paths: a real calendar day from 1990 up to `today`. */
export function urlDays(text: string, today: UrlDay): UrlDay[] {
  const days: UrlDay[] = []
  const last = dayKey(today)
  for (const match of text.matchAll(URLS)) {
    const url = match[1] ?? match[2] ?? match[0]
    // Only the path: a query string's numbers say nothing about when the file was made.
    const path = url.split(/[?#]/, 1)[0] ?? ''
    for (const [, y, , m, d] of path.matchAll(DAY_SEGMENT)) {
      const day = { y: Number(y), m: Number(m), d: Number(d) }
      if (day.y >= EARLIEST_YEAR && isCalendarDay(day) && dayKey(day) <= last) days.push(day)
    }
  }
  return days
}

/**
 * The day the URLs point to: the most common one, since a post's own uploads share its day while
 * a reused logo or a link to an older story is one URL apart. On a tie, the latest: every file a
 * post links existed when it was published, so the latest is the closest bound on its date.
 */
export function pickUrlDay(days: readonly UrlDay[]): UrlDay | undefined {
  const counts = new Map<number, { day: UrlDay; n: number }>()
  for (const day of days) {
    const seen = counts.get(dayKey(day))
    if (seen) seen.n += 1
    else counts.set(dayKey(day), { day, n: 1 })
  }
  let best: { day: UrlDay; n: number } | undefined
  for (const c of counts.values())
    if (!best || c.n > best.n || (c.n === best.n && dayKey(c.day) > dayKey(best.day))) best = c
  return best?.day
}
