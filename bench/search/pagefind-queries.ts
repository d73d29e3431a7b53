/**
 * Pagefind's side of the bench, part two: the same queries typed into `pagefind.search()` in
 * Chromium, with the bytes it fetches for a first screen and a page of results.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { serveStatic } from '../../src/builder/serve/static-server'
import { launch, newContext } from '../lib/browser-context'
import type { QueryTruth } from './brute-force'
import type { PagefindOptions, PagefindQuery } from './pagefind'
import { isIndexData } from './pagefind-index'

/** The results a page of results shows. */
const PAGE = 20
const QUERY_TIMEOUT_MS = 60_000

/** The served page: the site's language on <html>, which Pagefind reads to pick its index. */
export function writePage(site: string, language: string): void {
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>Pagefind</title>\n`,
  )
}

interface PageSearch {
  ids: string[]
  ms: number
}

interface PagefindApi {
  init: () => Promise<void>
  search: (query: string) => Promise<{ results: { id: string; data: () => Promise<unknown> }[] }>
}
type PagefindWindow = Window & {
  pf: PagefindApi
  pfResults: Awaited<ReturnType<PagefindApi['search']>>
}

/** Loads pagefind.js, its worker, wasm and meta, before any measurement. */
async function loadPagefind(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js'
    const w = window as unknown as PagefindWindow
    w.pf = (await import(url)) as PagefindApi
    await w.pf.init()
    // init() only starts loading: an empty search waits for the wasm and the meta (it needs
    // both) and returns before fetching any index chunk.
    await w.pf.search('')
  })
}

/** search() and the first screen's data(), timed in the page; keeps the results for later. */
function searchFirstScreen(page: Page, query: string, firstScreen: number): Promise<PageSearch> {
  return page.evaluate(
    async ({ query, firstScreen }) => {
      const w = window as unknown as PagefindWindow
      const start = performance.now()
      w.pfResults = await w.pf.search(query)
      await Promise.all(w.pfResults.results.slice(0, firstScreen).map((r) => r.data()))
      const ms = performance.now() - start
      return { ids: w.pfResults.results.map((r) => r.id), ms }
    },
    { query, firstScreen },
  )
}

function loadUpTo(page: Page, from: number, to: number): Promise<void> {
  return page.evaluate(
    async ({ from, to }) => {
      const w = window as unknown as PagefindWindow
      await Promise.all(w.pfResults.results.slice(from, to).map((r) => r.data()))
    },
    { from, to },
  )
}

/** Path of every request the page and its worker make, under /pagefind/. */
function recordRequests(page: Page): { paths: string[]; settle: () => Promise<void> } {
  const paths: string[] = []
  let last = performance.now()
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith('/pagefind/')) paths.push(path.slice('/pagefind/'.length))
    last = performance.now()
  })
  // Worker requests reach us on another CDP session: wait until none came for a moment.
  const settle = async () => {
    do await new Promise((resolve) => setTimeout(resolve, 30))
    while (performance.now() - last < 30)
  }
  return { paths, settle }
}

interface SearchContext {
  page: Page
  sizes: Map<string, number>
  origin: string
  clearCache: () => Promise<unknown>
}

/** One query on a fresh page load with an empty HTTP cache, the code loaded before it starts. */
async function measureQuery(
  ctx: SearchContext,
  truth: QueryTruth,
  firstScreen: number,
  articles: Map<string, string>,
): Promise<PagefindQuery> {
  const { page, sizes } = ctx
  await ctx.clearCache()
  await page.goto(`${ctx.origin}/`)
  await loadPagefind(page)
  const seen = recordRequests(page)
  await seen.settle()
  seen.paths.length = 0
  const bytesOf = (paths: string[]) => paths.reduce((sum, p) => sum + (sizes.get(p) ?? 0), 0)

  const { ids, ms } = await searchFirstScreen(page, truth.query.query, firstScreen)
  await seen.settle()
  const bytesFirstScreen = bytesOf(seen.paths)
  await loadUpTo(page, firstScreen, PAGE)
  await seen.settle()
  const bytesPage20 = bytesOf(seen.paths)
  page.removeAllListeners('request')

  const expected = new Set(truth.expected)
  const found = ids.map((id) => articles.get(id))
  return {
    query: truth.query.query,
    kind: truth.query.kind,
    expected: expected.size,
    found: ids.length,
    foundExpected: found.filter((id) => id !== undefined && expected.has(id)).length,
    bytesFirstScreen,
    bytesPage20,
    ms,
  }
}

/** Bytes of the code files the first page load fetched (pagefind.js, its worker, the wasm). */
async function codeBytesOf(ctx: SearchContext): Promise<{ code: number; init: number }> {
  const seen = recordRequests(ctx.page)
  await ctx.clearCache()
  await ctx.page.goto(`${ctx.origin}/`)
  await loadPagefind(ctx.page)
  await seen.settle()
  ctx.page.removeAllListeners('request')
  let code = 0
  let init = 0
  for (const path of new Set(seen.paths)) {
    const bytes = ctx.sizes.get(path) ?? 0
    if (isIndexData(path)) init += bytes
    else code += bytes
  }
  return { code, init }
}

export async function runQueries(
  site: string,
  options: PagefindOptions,
  sizes: Map<string, number>,
  articles: Map<string, string>,
): Promise<{ queries: PagefindQuery[]; codeBytes: number; initBytes: number }> {
  const server = await serveStatic(site, { like: 'cdn', port: options.port, hostname: '127.0.0.1' })
  const browser = await launch()
  try {
    const context = await newContext(browser)
    const page = await context.newPage()
    page.setDefaultTimeout(QUERY_TIMEOUT_MS)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    const ctx: SearchContext = {
      page,
      sizes,
      origin: `http://127.0.0.1:${options.port}`,
      clearCache: () => cdp.send('Network.clearBrowserCache'),
    }
    const { code, init } = await codeBytesOf(ctx)
    const queries: PagefindQuery[] = []
    for (const [i, truth] of options.truths.entries()) {
      queries.push(await measureQuery(ctx, truth, options.firstScreen, articles))
      if ((i + 1) % 50 === 0) options.log(`pagefind: ${i + 1}/${options.truths.length} queries`)
    }
    return { queries, codeBytes: code, initBytes: init }
  } finally {
    await browser.close()
    await server.close()
  }
}
