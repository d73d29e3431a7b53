/** The heap after fifty in-app page views, and how fast the side columns render. */
import type { Browser, Page } from '@playwright/test'
import { decodeBundleFile } from '../../src/builder/index'
import { ENTRY, newContext } from './browser-context'
import { COLUMNS_SCRIPT, REMOUNT_SCRIPT } from './page-scripts'

interface Summary {
  id: string
  date: string
  categories: string[][]
}

/** Moves the app like a click would (react-router follows popstate), without reloading. */
async function navigate(page: Page, path: string, ready: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  await page.waitForLoadState('networkidle')
  await page.waitForSelector(ready)
}

/** Fifty in-app page views: list pages, articles, categories and days. */
function fiftyPages(items: Summary[], pages: number): [string, string][] {
  const views: [string, string][] = []
  for (let i = 0; views.length < 50; i++) {
    const item = items[i % items.length] as Summary
    const kind = i % 4
    if (kind === 0) views.push([`/?page=${2 + (i % Math.max(1, pages - 1))}`, ENTRY])
    else if (kind === 1) views.push([`/article/${item.id}`, '.article-body'])
    else if (kind === 2 && item.categories[0])
      views.push([`/category/${item.categories[0].map(encodeURIComponent).join('/')}`, ENTRY])
    else views.push([`/archive/${item.date.slice(0, 10).replace(/-/g, '/')}`, ENTRY])
  }
  return views
}

/** The median of 5: narrow the page (the columns go), widen it again (they render from cache). */
async function measureRemount(page: Page) {
  const runs: { tree: number | null; calendar: number | null }[] = []
  for (let i = 0; i < 5; i++) {
    await page.setViewportSize({ width: 600, height: 900 })
    await page.waitForSelector('.category-tree .tree li', { state: 'detached' })
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.waitForSelector('.category-tree .tree li')
    await page.waitForSelector('.archive-sidebar')
    runs.push(
      await page.evaluate(() => {
        const r = (window as unknown as { __remount: { tree?: number; calendar?: number } })
          .__remount
        return { tree: r.tree ?? null, calendar: r.calendar ?? null }
      }),
    )
  }
  const median = (xs: (number | null)[]) => {
    const ok = xs.filter((x): x is number => x !== null).sort((a, b) => a - b)
    return ok.length ? Math.round(ok[Math.floor(ok.length / 2)] ?? 0) : null
  }
  return { tree: median(runs.map((r) => r.tree)), calendar: median(runs.map((r) => r.calendar)) }
}

export async function measureHeapAndColumns(browser: Browser, origin: string) {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.addInitScript(COLUMNS_SCRIPT)
  await page.addInitScript(REMOUNT_SCRIPT)
  await page.goto(`${origin}/`)
  await page.waitForSelector(ENTRY)
  await page.waitForSelector('.category-tree .tree li', { timeout: 30_000 }).catch(() => null)
  await page.waitForSelector('.archive-sidebar', { timeout: 30_000 }).catch(() => null)
  const columns = await page.evaluate(() => {
    // From the last response that arrived before the column showed (its data or its code)
    // to the column in the DOM: parsing, validation and React's render and commit.
    const took = (name: string) => {
      const at = (window as unknown as { __shown?: Record<string, number> }).__shown?.[name]
      if (at === undefined) return null
      const arrived = performance
        .getEntriesByType('resource')
        .map((e) => (e as PerformanceResourceTiming).responseEnd)
        .filter((end) => end <= at)
      return Math.round(at - Math.max(0, ...arrived))
    }
    return { tree: took('tree'), calendar: took('calendar') }
  })
  const remount = await measureRemount(page)
  const get = async <T>(path: string) =>
    JSON.parse(decodeBundleFile(await (await page.request.get(`${origin}${path}`)).body())) as T
  const entry = await get<{ counts: { categories: number }; latest: { h: string; n: number } }>(
    '/data/entry.json',
  )
  const items: Summary[] = []
  for (let p = 1; p <= 3; p++)
    items.push(
      ...(await get<{ items: Summary[] }>(`/data/lists/${entry.latest.h}-${p}.json.gz`)).items,
    )
  for (const [path, ready] of fiftyPages(items, Math.ceil(entry.latest.n / 20)))
    await navigate(page, path, ready)
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('Performance.enable')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
  await context.close()
  return {
    heapMb: used / 1024 / 1024,
    treeRenderMs: columns.tree,
    calendarRenderMs: columns.calendar,
    treeRemountMs: remount.tree,
    calendarRemountMs: remount.calendar,
    categoryNodes: entry.counts.categories,
  }
}
