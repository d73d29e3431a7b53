import { describe, expect, it } from 'vitest'
import { createRandom } from '../../../../bench/corpus/random'
import { calendarWindows } from '../../../bundle/calendar-windows'
import type { ArticleSummary } from '../../../bundle/format'
import { parseDate, zonedDay } from '../../parse/dates'
import { buildCalendar, calendarRuns } from '../build-calendar'
import { sortSummaries } from '../build-indexes'

// Instants where a day changes oddly: DST switches, a day skipped, a clock set back over midnight.
const EDGES: Record<string, string[]> = {
  'America/New_York': ['2021-03-14T07:00:00Z', '2021-11-07T06:00:00Z'],
  'America/Sao_Paulo': ['2018-02-18T02:00:00Z', '2018-11-04T03:00:00Z'],
  'Australia/Lord_Howe': ['2021-04-04T15:00:00Z'],
  'Pacific/Apia': ['2011-12-30T10:00:00Z'],
  // 2010-03-05 02:00 +11 became 2010-03-04 23:00 +08: the 5th, then the 4th, then the 5th again.
  'Antarctica/Casey': ['2010-03-04T15:00:00Z'],
}
const ZONES = ['UTC', 'Asia/Shanghai', ...Object.keys(EDGES)]
const HOUR = 3_600_000

/** Posts over 2009-2022, crowded around the zone's edges and its midnights, some with estimated dates. */
function generate(timezone: string, seed: number): ArticleSummary[] {
  const r = createRandom(seed)
  const items: ArticleSummary[] = []
  const add = (date: Date, estimated = false) =>
    items.push({
      id: `p${items.length}`,
      f: `f${items.length}`,
      title: `Post ${items.length}`,
      date: date.toISOString(),
      ...(estimated ? { dateEstimated: true as const } : {}),
      categories: [],
      excerpt: '',
    })
  const from = Date.UTC(2009, 0, 1)
  for (let i = 0; i < 400; i++)
    add(new Date(from + r.int(0, 14 * 365 * 24) * HOUR + r.int(0, HOUR)))
  for (const edge of EDGES[timezone] ?? [])
    for (let i = 0; i < 40; i++) add(new Date(Date.parse(edge) + r.int(-4 * HOUR, 4 * HOUR)))
  // A day read from a URL is dated at its midnight in the site zone, as settleDate dates it.
  for (let i = 0; i < 60; i++) {
    const day = new Date(from + r.int(0, 14 * 365) * 24 * HOUR).toISOString().slice(0, 10)
    const midnight = parseDate(day, timezone)
    if (midnight) add(midnight, true)
    if (midnight && r.chance(0.5)) add(new Date(midnight.getTime() - r.int(1, 60_000)))
  }
  return sortSummaries(items)
}

describe('the calendar file', () => {
  it.each(ZONES)('gives back, in %s, every window the builder found', (timezone) => {
    const sorted = generate(timezone, ZONES.indexOf(timezone) + 1)
    const runs = calendarRuns(sorted, timezone, 'latest')
    const file = buildCalendar(sorted, timezone, 'latest')
    expect(JSON.stringify(file)).not.toContain('start')
    expect(calendarWindows(file)).toEqual(runs)
    // Each window holds exactly its day's articles, and the days hold them all.
    let total = 0
    for (const year of calendarWindows(file).years)
      for (const month of year.months)
        for (const [d, { start = 0, n }] of month.days) {
          total += n
          for (const item of sorted.slice(start, start + n))
            expect(zonedDay(new Date(item.date), timezone)).toEqual({ y: year.y, m: month.m, d })
        }
    expect(total).toBe(sorted.length)
  })

  it('lists a day twice when a clock set back over midnight splits it', () => {
    const sorted = generate('Antarctica/Casey', 7)
    const march = calendarWindows(buildCalendar(sorted, 'Antarctica/Casey', 'latest'))
      .years.find((y) => y.y === 2010)
      ?.months.filter((m) => m.m === 3)
      .flatMap((m) => m.days.map(([d]) => d))
    expect(march?.filter((d) => d === 5)).toHaveLength(2)
  })

  it('keeps the order of the latest list where its ISO strings and its instants disagree', () => {
    // Year 10000 is written `+010000-…`: it sorts as the oldest, and the calendar follows the list.
    const sorted = sortSummaries([
      ...generate('UTC', 9).slice(0, 50),
      ...[Date.UTC(10000, 0, 1), Date.UTC(-1, 5, 1)].map((t, i) => ({
        id: `odd${i}`,
        f: `odd${i}`,
        title: 'Odd',
        date: new Date(t).toISOString(),
        categories: [],
        excerpt: '',
      })),
    ])
    const file = buildCalendar(sorted, 'UTC', 'latest')
    expect(calendarWindows(file)).toEqual(calendarRuns(sorted, 'UTC', 'latest'))
  })
})
