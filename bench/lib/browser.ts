/**
 * Browser figures on the production build, in Chromium through Playwright. Service workers
 * are blocked so every figure is the plain HTTP path a first visit takes.
 */
import type { Browser, BrowserContext, Page, Request } from '@playwright/test'
import { chromium, devices } from '@playwright/test'
// @ts-expect-error: a plain .mjs module shared with the e2e config, no types.
import { CHROMIUM_ARGS, findBrowser } from '../../e2e/support/find-browser.mjs'
import {
  collectVitals,
  COLUMNS_SCRIPT,
  LIST_SHOWN_SCRIPT,
  REMOUNT_SCRIPT,
  VITALS_SCRIPT,
} from './page-scripts'
import { decodeBundleFile } from '../../src/builder/read-bundle-file'

export interface BrowserFigures {
  /** Gzipped bytes (body + headers) of every request made before the first list entry showed. */
  firstLoadGz: number
  /** The JSON part of firstLoadGz. */
  firstLoadDataGz: number
  firstLoadFiles: string[]
  /** Bytes fetched to open an article from the home list (route code already loaded). */
  articleFetchGz: number
  articleFetchFiles: string[]
  /** Median and spread of click → article title and body in the DOM, warm app cache. */
  clickToContentMs: { median: number; p90: number; n: number }
  vitals: { home: Vitals; article: Vitals }
  /** JS heap after 50 page views and a forced GC. */
  heapMb: number
  /** Tree and calendar JSON arrival → their DOM, desktop, no throttling (first load). */
  treeRenderMs: number | null
  calendarRenderMs: number | null
  /** Tree and calendar rendered again, code and data loaded: resize back to the columns → DOM. */
  treeRemountMs: number | null
  calendarRemountMs: number | null
  categoryNodes: number
}

export interface Vitals {
  lcpMs: number
  cls: number
  tbtMs: number
}

// In #root: the app's own list, not index.html's build-time snapshot of it.
const ENTRY = '#root .entries .entry-title a'

function launch(): Promise<Browser> {
  const executablePath = (findBrowser() as string | null | undefined) ?? undefined
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS as string[] })
}

async function newContext(browser: Browser, mobile = false): Promise<BrowserContext> {
  const device = mobile ? devices['Pixel 5'] : devices['Desktop Chrome']
  const context = await browser.newContext({
    ...device,
    viewport: mobile ? device.viewport : { width: 1280, height: 900 },
    serviceWorkers: 'block',
  })
  // tsx keeps function names with a `__name` helper, which the functions we pass to
  // page.evaluate then call inside the page: give the page one that does nothing.
  await context.addInitScript('window.__name = (f) => f')
  return context
}

/** Counts requests from now on: URL path and gzipped size on the wire. */
function recordRequests(page: Page, origin: string) {
  const started: Request[] = []
  const onRequest = (r: Request) => started.push(r)
  page.on('request', onRequest)
  return {
    stop: () => page.off('request', onRequest),
    /** Waits for the responses of the requests seen so far (started by `until`, epoch ms) and sums them. */
    async total(filter: (path: string) => boolean = () => true, until = Infinity) {
      const list = started.filter((r) => r.timing().startTime <= until)
      let bytes = 0
      const files: string[] = []
      for (const r of list) {
        const path = r.url().startsWith(origin) ? r.url().slice(origin.length) : r.url()
        if (!filter(path)) continue
        await r.response().catch(() => null)
        const sizes = await r.sizes().catch(() => null)
        if (!sizes) continue
        bytes += sizes.responseBodySize + sizes.responseHeadersSize
        files.push(path)
      }
      return { bytes, files }
    },
  }
}

async function measureFirstLoad(browser: Browser, origin: string) {
  const context = await newContext(browser)
  const page = await context.newPage()
  const rec = recordRequests(page, origin)
  await page.addInitScript(LIST_SHOWN_SCRIPT)
  await page.goto(`${origin}/`, { waitUntil: 'commit' })
  await page.waitForSelector(ENTRY, { state: 'attached', timeout: 60_000 })
  rec.stop()
  // Requests started by the time the list entered the DOM: the side columns start after its paint.
  const at = await page.evaluate(() => (window as unknown as { __listAt: number }).__listAt)
  const all = await rec.total(undefined, at)
  const data = await rec.total((path) => path.startsWith('/data/'), at)
  await context.close()
  return { firstLoadGz: all.bytes, firstLoadDataGz: data.bytes, firstLoadFiles: all.files }
}

/** Resolves with the time (page clock) at which an article's title and body are in the DOM. */
const WATCH_ARTICLE = () =>
  new Promise<number>((resolve, reject) => {
    const done = () =>
      document.querySelector('.article-title') && document.querySelector('.article-body')
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect()
        resolve(performance.now())
      }
    })
    observer.observe(document.body, { childList: true, subtree: true })
    // A click that never shows the article would otherwise hang the whole benchmark.
    setTimeout(() => {
      observer.disconnect()
      reject(
        new Error(`no .article-title and .article-body 20 s after the click (${location.href})`),
      )
    }, 20_000)
  })

async function openArticle(page: Page, index: number): Promise<number> {
  const link = page.locator(ENTRY).nth(index)
  await link.scrollIntoViewIfNeeded()
  const watch = page.evaluate(WATCH_ARTICLE)
  const clickedAt = await page.evaluate(() => performance.now())
  await link.click()
  const shownAt = await watch
  await page.waitForSelector('.article-body')
  return shownAt - clickedAt
}

async function measureArticles(browser: Browser, origin: string) {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.goto(`${origin}/`)
  await page.waitForSelector(ENTRY)
  // One article first, so the route's code is cached: what is left is what grows, or not.
  await openArticle(page, 0)
  await page.goBack()
  await page.waitForSelector(ENTRY)
  const rec = recordRequests(page, origin)
  await openArticle(page, 1)
  rec.stop()
  const fetched = await rec.total()
  await page.goBack()
  const times: number[] = []
  for (let i = 2; i < 22; i++) {
    await page.waitForSelector(ENTRY)
    times.push(await openArticle(page, i % 20))
    await page.goBack()
  }
  await context.close()
  times.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0)
  return {
    articleFetchGz: fetched.bytes,
    articleFetchFiles: fetched.files,
    clickToContentMs: { median: at(0.5), p90: at(0.9), n: times.length },
  }
}

/** Mobile lab conditions: 4× slower CPU, about 1.6 Mbps down, 750 kbps up, 150 ms RTT. */
async function measureVitals(browser: Browser, url: string, ready: string): Promise<Vitals> {
  const context = await newContext(browser, true)
  const page = await context.newPage()
  await page.addInitScript(VITALS_SCRIPT)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
  await page.goto(url, { timeout: 120_000 })
  await page.waitForSelector(ready, { timeout: 120_000 })
  // Late shifts and long tasks count too: let the page settle before reading.
  await page.waitForTimeout(3000)
  const vitals = await collectVitals(page)
  await context.close()
  return vitals
}

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

async function measureHeapAndColumns(browser: Browser, origin: string) {
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

export async function measureBrowser(origin: string, articleId: string): Promise<BrowserFigures> {
  const browser = await launch()
  try {
    const first = await measureFirstLoad(browser, origin)
    const articles = await measureArticles(browser, origin)
    const home = await measureVitals(browser, `${origin}/`, ENTRY)
    const article = await measureVitals(browser, `${origin}/article/${articleId}`, '.article-body')
    const rest = await measureHeapAndColumns(browser, origin)
    return { ...first, ...articles, vitals: { home, article }, ...rest }
  } finally {
    await browser.close()
  }
}
