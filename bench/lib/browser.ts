/**
 * Browser figures on the production build, in Chromium through Playwright. Service workers
 * are blocked so every figure is the plain HTTP path a first visit takes.
 */
import type { Browser, Page, Request } from '@playwright/test'
import { ENTRY, launch, newContext } from './browser-context'
import { measureHeapAndColumns } from './heap-and-columns'
import { measureMarks } from './marks'
import { measureScriptDisplay } from './script-display'
import { measureExpandedTree } from './tree-expanded'
import { LIST_SHOWN_SCRIPT } from '../../test-support/page-scripts'
import type { Vitals } from './page-scripts'
import { collectVitals, VITALS_SCRIPT } from './page-scripts'

export interface BrowserFigures {
  /** Gzipped bytes (body + headers) of every request made before the first list entry showed. */
  firstLoadGz: number
  /** The JSON part of firstLoadGz. */
  firstLoadDataGz: number
  /** The same, for every request until the network is idle on a 1280 px desktop. */
  firstLoadIdleGz: number
  /** The images (from their hosts, not counted above) loaded by then. */
  firstLoadIdleImages: { count: number; bytes: number }
  firstLoadIdleFiles: string[]
  firstLoadFiles: string[]
  /** Bytes fetched to open an article from the home list (route code already loaded). */
  articleFetchGz: number
  articleFetchFiles: string[]
  /** The article's images, from their hosts, not counted above. */
  articleFetchImages: { count: number; bytes: number }
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
  /** The tree with every branch open (since 2026-12-07; the figures above are the collapsed tree). */
  treeExpanded: Awaited<ReturnType<typeof measureExpandedTree>>
  /** The 简/繁 display: its tables' load, and 20,000 characters converted (docs/benchmarks.md). */
  scriptDisplay: Awaited<ReturnType<typeof measureScriptDisplay>>
  /** Click on an entry's "mark as read" → the frame showing it read (docs/benchmarks.md). */
  marks: Awaited<ReturnType<typeof measureMarks>>
}

/** Loads per page for the lab vitals: one load on this shared VM is at the mercy of its neighbours. */
const VITALS_RUNS = 3

/**
 * Counts requests from now on: URL path and gzipped size on the wire. The site's own files only
 * (its origin): the articles' images come from their hosts, and `images` counts them apart.
 */
export function recordRequests(page: Page, origin: string) {
  const started: Request[] = []
  const pending = new Set<Request>()
  let lastActivity = Date.now()
  const onRequest = (r: Request) => {
    started.push(r)
    pending.add(r)
    lastActivity = Date.now()
  }
  const onDone = (r: Request) => {
    pending.delete(r)
    lastActivity = Date.now()
  }
  page.on('request', onRequest)
  page.on('requestfinished', onDone)
  page.on('requestfailed', onDone)
  return {
    stop: () => {
      page.off('request', onRequest)
      page.off('requestfinished', onDone)
      page.off('requestfailed', onDone)
    },
    /**
     * Resolves once no request has been open for 500 ms. Playwright's `networkidle` fires once per
     * page: a quiet half second while images decode would end the count before the side columns start.
     */
    async quiet() {
      while (pending.size > 0 || Date.now() - lastActivity < 500)
        await new Promise((resolve) => setTimeout(resolve, 50))
    },
    /** Waits for the responses of the requests seen so far (started by `until`, epoch ms) and sums them. */
    async total(filter: (path: string) => boolean = () => true, until = Infinity) {
      const list = started.filter((r) => r.timing().startTime <= until)
      let bytes = 0
      const files: string[] = []
      const images = { count: 0, bytes: 0 }
      for (const r of list) {
        const own = r.url().startsWith(origin)
        const path = own ? r.url().slice(origin.length) : r.url()
        if (own && !filter(path)) continue
        await r.response().catch(() => null)
        const sizes = await r.sizes().catch(() => null)
        // A failed request (an image host out of reach) has no sizes.
        if (!sizes) continue
        const size = sizes.responseBodySize + sizes.responseHeadersSize
        if (!own) {
          images.count += 1
          images.bytes += size
          continue
        }
        bytes += size
        files.push(path)
      }
      return { bytes, files, images }
    },
  }
}

export async function measureFirstLoad(browser: Browser, origin: string) {
  const context = await newContext(browser)
  const page = await context.newPage()
  const rec = recordRequests(page, origin)
  await page.addInitScript(LIST_SHOWN_SCRIPT)
  await page.goto(`${origin}/`, { waitUntil: 'commit' })
  await page.waitForSelector(ENTRY, { state: 'attached', timeout: 60_000 })
  // Requests started by the time the list entered the DOM: the side columns start after its paint.
  const at = await page.evaluate(() => (window as unknown as { __listAt: number }).__listAt)
  // And everything a 1280 px desktop then fetches until the network is idle (tree, calendar, the
  // reading code where marks exist): since 2026-12-07 reported beside it. The side columns in
  // first: their start waits for the main thread, which images decoding can hold for a while.
  await page.waitForSelector('.category-tree .tree li', { timeout: 60_000 })
  await page.waitForSelector('.archive-sidebar', { timeout: 60_000 })
  await rec.quiet()
  rec.stop()
  const all = await rec.total(undefined, at)
  const data = await rec.total((path) => path.startsWith('/data/'), at)
  const idle = await rec.total()
  await context.close()
  return {
    firstLoadGz: all.bytes,
    firstLoadDataGz: data.bytes,
    firstLoadFiles: all.files,
    firstLoadIdleGz: idle.bytes,
    firstLoadIdleFiles: idle.files,
    firstLoadIdleImages: idle.images,
  }
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
  // The warm-up and the fetch measure open two articles of the second page, so that each of the
  // first page's 20 timed clicks opens an article for the first time.
  await page.goto(`${origin}/?page=2`)
  await page.waitForSelector(ENTRY)
  // One article first, so the route's code is cached: what is left is what grows, or not.
  await openArticle(page, 0)
  await page.goBack()
  await page.waitForSelector(ENTRY)
  const rec = recordRequests(page, origin)
  await openArticle(page, 1)
  rec.stop()
  const fetched = await rec.total()
  await page.goto(`${origin}/`)
  const times: number[] = []
  for (let i = 0; i < 20; i++) {
    await page.waitForSelector(ENTRY)
    times.push(await openArticle(page, i))
    await page.goBack()
  }
  await context.close()
  times.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0)
  return {
    articleFetchGz: fetched.bytes,
    articleFetchFiles: fetched.files,
    articleFetchImages: fetched.images,
    clickToContentMs: { median: at(0.5), p90: at(0.9), n: times.length },
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/** Each figure's median over VITALS_RUNS cold loads, as Lighthouse advises for lab runs. */
async function measureVitals(browser: Browser, url: string, ready: string): Promise<Vitals> {
  const runs: Vitals[] = []
  for (let i = 0; i < VITALS_RUNS; i++) runs.push(await loadOnce(browser, url, ready))
  const middle = [...runs].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(runs.length / 2)]
  return {
    lcpMs: median(runs.map((r) => r.lcpMs)),
    cls: median(runs.map((r) => r.cls)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    // The median LCP's load: what it painted and the images it loaded.
    lcpElement: middle?.lcpElement,
    images: middle?.images,
    runs,
  }
}

/** Mobile lab conditions: 4× slower CPU, about 1.6 Mbps down, 750 kbps up, 150 ms RTT. */
async function loadOnce(browser: Browser, url: string, ready: string): Promise<Vitals> {
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

/** `browserArgs`: Chromium flags, such as the image host's that let the corpus's images load. */
export async function measureBrowser(
  origin: string,
  articleId: string,
  browserArgs: string[] = [],
): Promise<BrowserFigures> {
  const browser = await launch(browserArgs)
  try {
    const first = await measureFirstLoad(browser, origin)
    const articles = await measureArticles(browser, origin)
    const home = await measureVitals(browser, `${origin}/`, ENTRY)
    const article = await measureVitals(browser, `${origin}/article/${articleId}`, '.article-body')
    const rest = await measureHeapAndColumns(browser, origin)
    const marks = await measureMarks(browser, origin)
    const treeExpanded = await measureExpandedTree(browser, origin)
    const scriptDisplay = await measureScriptDisplay(browser, origin, articleId)
    return {
      ...first,
      ...articles,
      vitals: { home, article },
      ...rest,
      marks,
      treeExpanded,
      scriptDisplay,
    }
  } finally {
    await browser.close()
  }
}
