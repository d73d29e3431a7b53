import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createRandom } from '../../../bench/corpus/random'
import { calendarWindows } from '../../bundle/calendar-windows'
import type { ArticleSummary, Calendar, Entry, ListPage } from '../../bundle/format'
import { bundlePaths, pageCount } from '../../bundle/paths'
import { resolveConfig } from '../config'
import { zonedDay } from '../parse/dates'
import { buildBundle } from '../pipeline/build-bundle'
import { calendarRuns } from '../write/build-calendar'
import { readBundleJson } from '../write/bundle-file'

const temps: string[] = []
afterAll(async () => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))))

const pad = (n: number) => String(n).padStart(2, '0')
const HOUR = 3_600_000

/**
 * Posts dated every way Hexo allows (an instant, a wall time in the site zone, RFC 2822), many
 * within hours of midnight, and undated ones whose date the builder estimates from a URL day or
 * the file's modification time.
 */
async function writePosts(dir: string, seed: number): Promise<void> {
  await mkdir(dir, { recursive: true })
  const r = createRandom(seed)
  const from = Date.UTC(2019, 0, 1)
  const post = (i: number, front: string) =>
    writeFile(join(dir, `p${i}.md`), `---\ntitle: Post ${i}\n${front}---\n<p>Body ${i}.</p>\n`)
  for (let i = 0; i < 120; i++) {
    const midnight = from + r.int(0, 3 * 365) * 24 * HOUR
    const t = new Date(midnight + (r.chance(0.6) ? r.int(-6, 6) * HOUR : r.int(0, 24 * HOUR)))
    const wall = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:00`
    const date = [t.toISOString(), wall, t.toUTCString()][i % 3]
    await post(i, `date: ${date}\n`)
  }
  for (let i = 120; i < 135; i++) {
    const day = new Date(from + r.int(0, 3 * 365) * 24 * HOUR)
    const url = `https://img.example.com/${day.getUTCFullYear()}/${pad(day.getUTCMonth() + 1)}/${pad(day.getUTCDate())}/a.png`
    await post(i, `date: Invalid Date\nthumbnail: ${url}\n`)
  }
  for (let i = 135; i < 150; i++) {
    await post(i, '')
    const mtime = new Date(from + r.int(0, 3 * 365 * 24) * HOUR + r.int(0, HOUR))
    await utimes(join(dir, `p${i}.md`), mtime, mtime)
  }
}

async function readBuilt(out: string) {
  const read = <T>(file: string) => readBundleJson<T>(join(out, file))
  const entry = await read<Entry>(bundlePaths.entry)
  const items: ArticleSummary[] = []
  for (let p = 1; p <= pageCount(entry.latest, entry.pageSize); p++)
    items.push(...(await read<ListPage>(bundlePaths.listPage(entry.latest, p))).items)
  return { entry, items, calendar: await read<Calendar>(bundlePaths.calendar(entry.calendar)) }
}

describe('the calendar of a built bundle', () => {
  it.each([
    ['--timezone', 'America/New_York', undefined],
    ["Hexo's timezone", 'UTC', 'Australia/Lord_Howe'],
  ])('gives back the windows of the latest list, zoned by %s', async (_, timezone, hexo) => {
    const root = await mkdtemp(join(tmpdir(), 'broadsheet-calendar-'))
    temps.push(root)
    const posts = hexo ? join(root, 'source/_posts') : join(root, 'posts')
    await writePosts(posts, hexo ? 2 : 1)
    if (hexo) await writeFile(join(root, '_config.yml'), `timezone: ${hexo}\n`)
    const out = join(root, 'out')
    await buildBundle(resolveConfig({ posts: hexo ? root : posts, out, timezone, workers: 0 }))
    const { entry, items, calendar } = await readBuilt(out)
    const zone = hexo ?? timezone
    expect(entry.site.timezone).toBe(zone)
    expect(items).toHaveLength(150)
    expect(items.filter((s) => s.dateEstimated)).toHaveLength(30)
    expect(calendar.h).toBe(entry.latest.h)
    // What the builder wrote before format 4, from the list it wrote: the same windows.
    const windows = calendarWindows(calendar)
    expect(windows).toEqual(calendarRuns(items, zone, entry.latest.h))
    let days = 0
    for (const year of windows.years)
      for (const month of year.months)
        for (const [d, { start = 0, n }] of month.days) {
          days += 1
          for (const item of items.slice(start, start + n))
            expect(zonedDay(new Date(item.date), zone)).toEqual({ y: year.y, m: month.m, d })
        }
    expect(entry.counts.days).toBe(days)
  })
})
