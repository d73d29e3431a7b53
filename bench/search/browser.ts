/**
 * Search in the browser, on the production build at 1280 × 900: per query, the bytes from typing
 * it to the first screen of results painted with their snippets, and then
 * for the whole first page of 20; the time to that paint cold (no index part cached), warm (every
 * part it needs in the HTTP cache, a fresh page), and, for a sample, cold on the mobile lab
 * profile (4× CPU, 1.6 Mbps, 150 ms RTT). The search code, and what it reads as it loads (the
 * manifest, the newest doc pages), are in the page before every measurement.
 */
import type { Browser, CDPSession, Page } from '@playwright/test'
import { launch, newContext } from '../lib/browser-context'
import { recordRequests } from '../lib/browser'
import type { QueryTruth } from './brute-force'

export interface SearchQueryFigures {
  query: string
  kind: string
  /** Posts that hold the query (brute force). */
  expected: number
  /** Results on the first screen, and on the first page once read. */
  shown: number
  shownPage: number
  /** Data bytes on the wire (gzip bodies + headers) from typing to the first screen painted. */
  bytesFirstScreen: number
  /** The same to the whole first page of 20 painted. */
  bytesPage: number
  coldMs: number
  warmMs: number
  /** Warm, to the end of the frame after the one that paints (the figure until 2026-12-08). */
  warmFrameAfterMs: number
  /** Cold, on the throttled profile (only for the sample). */
  throttledMs?: number
  /** Files fetched for the first screen. */
  files: string[]
}

/** Queries timed on the throttled profile: each takes seconds, so a spread sample of them. */
const THROTTLED_SAMPLE = 24

const RESULTS = 'main .search-result'

/**
 * In the page: the time from the next Enter keydown to the end of the frame that paints the settled
 * search body (the first fetch's results, which render together, or the empty state, not busy):
 * `ms`. Until 2026-12-08 the figure ran to the end of the frame after that one: `frameAfterMs`.
 */
function armPaintTimer(page: Page): Promise<{ ms: number; frameAfterMs: number }> {
  return page.evaluate(
    (results) =>
      new Promise<{ ms: number; frameAfterMs: number }>((resolve) => {
        let start = -1
        window.addEventListener(
          'keydown',
          (e) => {
            if (e.key === 'Enter') start = performance.now()
          },
          { capture: true, once: true },
        )
        const settled = () => {
          const body = document.querySelector('main .search-body')
          if (start < 0 || !body || body.getAttribute('aria-busy') !== 'false') return false
          const n = document.querySelectorAll(results).length
          return n > 0 || document.querySelector('main .search-empty') !== null
        }
        const check = () => {
          if (!settled()) {
            requestAnimationFrame(check)
            return
          }
          // Checked in a frame's callback: this frame paints the settled DOM, and a task queued
          // now runs once it has.
          setTimeout(() => {
            const ms = performance.now() - start
            requestAnimationFrame(() =>
              setTimeout(() => resolve({ ms, frameAfterMs: performance.now() - start })),
            )
          })
        }
        requestAnimationFrame(check)
      }),
    RESULTS,
  )
}

/**
 * Files the open search page reads before any query: the index's manifest and the doc pages of
 * the newest documents (read as the search code loads), and the side columns' category tree and
 * calendar (read after the first paint). The bench waits for them, so that none lands in a
 * query's bytes. [pattern, how many]
 */
const BEFORE_QUERY: [string, number][] = [
  [/\/data\/search\/[0-9a-f]+\.json\.gz$/.source, 1],
  [/\/data\/search\/d-[0-9a-f]+\.json\.gz$/.source, 2],
  [/\/data\/tree\/[0-9a-f]+\.json\.gz$/.source, 1],
  [/\/data\/calendar\/[0-9a-f]+\.json\.gz$/.source, 1],
]

async function openSearch(page: Page, origin: string) {
  await page.goto(`${origin}/search`)
  const field = page.getByRole('searchbox').first()
  await field.waitFor()
  await page.locator('main .search-prompt').waitFor()
  await page.waitForFunction((wanted) => {
    const done = performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).responseEnd > 0)
      .map((e) => e.name)
    return wanted.every(
      ([source, n]) => done.filter((name) => new RegExp(source).test(name)).length >= n,
    )
  }, BEFORE_QUERY)
  // Then let the page finish rendering them (since 2026-12-06): a reader takes longer to type a
  // query than the page takes to settle, so an Enter in the middle of that render is not a query's
  // latency. Idle after a frame means nothing is left to render.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 2000 })),
      ),
  )
  return field
}

/**
 * Types the query in the open page, presses Enter, and waits for the first screen painted. Bytes
 * count from the typing, as the engine reads the query's shards while the reader types; time
 * counts from Enter, 20 ms after the typing.
 */
async function runQuery(page: Page, origin: string, query: string) {
  const field = page.getByRole('searchbox').first()
  const rec = recordRequests(page, origin)
  await field.fill(query)
  const timer = armPaintTimer(page)
  // Let the timer's listener be in place before the key.
  await page.waitForTimeout(20)
  await field.press('Enter')
  const { ms, frameAfterMs } = await timer
  const first = await rec.total((path) => path.startsWith('/data/'), Date.now() + 1)
  return { rec, ms, frameAfterMs, first }
}

async function clearCache(cdp: CDPSession) {
  await cdp.send('Network.clearBrowserCache')
}

export async function measureSearchBrowser(
  origin: string,
  truths: readonly QueryTruth[],
  log: (line: string) => void,
): Promise<SearchQueryFigures[]> {
  const browser = await launch()
  try {
    const figures: SearchQueryFigures[] = []
    const context = await newContext(browser)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    for (const [i, truth] of truths.entries()) {
      if (i % 50 === 0) log(`search queries ${i}/${truths.length}`)
      figures.push(await measureQuery(page, cdp, origin, truth))
    }
    await context.close()
    await measureThrottled(browser, origin, truths, figures)
    return figures
  } finally {
    await browser.close()
  }
}

async function measureQuery(
  page: Page,
  cdp: CDPSession,
  origin: string,
  truth: QueryTruth,
): Promise<SearchQueryFigures> {
  const { query, expected } = truth
  // Cold: the page and the search code load first, then the cache is emptied.
  await openSearch(page, origin)
  await clearCache(cdp)
  const cold = await runQuery(page, origin, query.query)
  const shown = await page.locator(RESULTS).count()
  // The rest of the first page is read as it scrolls into view.
  await page.mouse.wheel(0, 100_000)
  await page.waitForFunction(
    ({ results, n }) =>
      document.querySelectorAll(results).length >= n &&
      document.querySelector('main .search-body')?.getAttribute('aria-busy') === 'false' &&
      !document.querySelector('main [data-read-on-view]'),
    { results: RESULTS, n: Math.min(20, expected.length) },
    { timeout: 60_000 },
  )
  const page20 = await cold.rec.total((path) => path.startsWith('/data/'))
  cold.rec.stop()
  const shownPage = await page.locator(RESULTS).count()
  // Warm: the same query on a fresh page, every part it needs in the HTTP cache.
  await openSearch(page, origin)
  const warm = await runQuery(page, origin, query.query)
  warm.rec.stop()
  return {
    query: query.query,
    kind: query.kind,
    expected: expected.length,
    shown,
    shownPage,
    bytesFirstScreen: cold.first.bytes,
    bytesPage: page20.bytes,
    coldMs: cold.ms,
    warmMs: warm.ms,
    warmFrameAfterMs: warm.frameAfterMs,
    files: cold.first.files,
  }
}

/** The first query of a visit on the mobile lab profile, desktop layout: a spread sample. */
async function measureThrottled(
  browser: Browser,
  origin: string,
  truths: readonly QueryTruth[],
  figures: SearchQueryFigures[],
) {
  const step = Math.max(1, Math.floor(truths.length / THROTTLED_SAMPLE))
  for (let i = 0; i < truths.length; i += step) {
    const context = await newContext(browser)
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await openSearch(page, origin)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    })
    const truth = truths[i]!
    const run = await runQuery(page, origin, truth.query.query)
    run.rec.stop()
    figures[i]!.throttledMs = run.ms
    await context.close()
  }
}
