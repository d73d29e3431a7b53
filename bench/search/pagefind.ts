/**
 * Pagefind on the same articles and the same queries as our search, for comparison: indexes a
 * built bundle's articles (their original text, not our normalised one) with Pagefind's Node
 * API, then runs every query in Chromium against the written index and counts what it finds and
 * downloads. docs/benchmarks.md explains the figures.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import * as pagefind from 'pagefind'
import type { Article, Entry } from '../../src/bundle/format'
import { bundlePaths } from '../../src/bundle/paths'
import type { DocPage } from '../../src/bundle/search-format'
import { articleText } from '../../src/search/article-text'
import { serveStatic } from '../../test-support/static-server'
import { launch, newContext } from '../lib/browser-context'
import { readJson, searchManifestOf } from './bundle-docs'
import type { QueryTruth } from './brute-force'

export interface PagefindFigures {
  posts: number
  /** Wall time of indexing + writing files (reading the articles included). */
  buildSeconds: number
  /** Peak RSS of the pagefind binary (MB), or null if unmeasurable. */
  peakRssMb: number | null
  /** Bytes of the written index: fragments, index chunks, meta, filters, pagefind-entry.json. */
  indexBytes: number
  /** Bytes of pagefind.js, its worker and the wasm: the code, excluded from per-query bytes. */
  codeBytes: number
  /**
   * Index bytes loaded before any query (pagefind-entry.json and the language's pf_meta, which
   * grows with the posts): Pagefind needs them to search at all. Excluded from per-query bytes.
   */
  initBytes: number
  queries: PagefindQuery[]
  /** Mean over queries with ≥ 1 expected result of |found ∩ expected| / |expected|. */
  recall: number
  /** How the found results' URLs were read for recall. */
  recallNote?: string
  /** If it could not finish (OOM, crash, timeout): why. Then the other figures are 0/empty. */
  failed?: string
}

export interface PagefindQuery {
  query: string
  kind: string
  expected: number
  /** Results Pagefind returned, and how many of them are expected. */
  found: number
  foundExpected: number
  /**
   * Bytes downloaded (on-disk size of the files fetched, which is what the server sends for
   * Pagefind's pre-compressed files) from search() until the first `firstScreen` results' data()
   * are loaded; code and init excluded. Fresh page and HTTP cache for each query.
   */
  bytesFirstScreen: number
  /** Same, until the first 20 results' data() are loaded. */
  bytesPage20: number
  /** Wall time in the page for search() and the first screen's data(). */
  ms: number
}

export interface PagefindOptions {
  /** A built bundle folder. */
  bundle: string
  truths: QueryTruth[]
  /** A scratch folder it may create and delete: the Pagefind output goes under it. */
  work: string
  /** For the local static server. */
  port: number
  /** How many results fill the first screen. */
  firstScreen: number
  log: (line: string) => void
}

/** The results a page of results shows. */
const PAGE = 20
/** Indexing gives up after this long (a swapping or stuck binary). */
const INDEX_TIMEOUT_MS = 30 * 60_000
const QUERY_TIMEOUT_MS = 60_000
/** Records in flight to the binary at once: enough to keep it busy, few enough to stay small. */
const IN_FLIGHT = 32

interface PagefindRecord {
  id: string
  title: string
  content: string
  language: string
}

/** Every article of the bundle with its original title and body text, oldest first. */
function* bundleRecords(bundle: string): Generator<PagefindRecord> {
  const site = readJson<Entry>(bundle, bundlePaths.entry).site
  const fallback = (site.language || 'zh').toLowerCase()
  for (const page of searchManifestOf(bundle).manifest.docPages)
    for (const f of readJson<DocPage>(bundle, bundlePaths.searchDocs(page)).files) {
      const article = readJson<Article & { lang?: string }>(bundle, bundlePaths.article(f))
      const title = article.title
      const content = `${title}\n${articleText(article.html)}`
      const language = article.lang?.toLowerCase() ?? fallback
      yield { id: article.id, title, content, language }
    }
}

// --- Indexing -------------------------------------------------------------------------------

/** Direct children of this process, from /proc/<pid>/stat (field 4 is the parent's pid). */
function childPids(): number[] {
  const pids: number[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === process.pid) pids.push(Number(name))
    } catch {
      // The process ended while we looked.
    }
  }
  return pids
}

function pagefindPid(): number | undefined {
  return childPids().find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind')
    } catch {
      return false
    }
  })
}

/** VmHWM (peak resident set) of a live process in MB, undefined once it is gone. */
function peakRssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]
    return kb === undefined ? undefined : Number(kb) / 1024
  } catch {
    return undefined
  }
}

/** If memory runs out, the kernel should kill the binary (a figure) rather than the bench. */
function preferAsOomVictim(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/oom_score_adj`, '1000')
  } catch {
    // Not allowed here: the kernel picks as it would.
  }
}

/** Rejects when the process disappears (crash, OOM kill), which the Node API may never report. */
function watchExit(pid: number): { died: Promise<never>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined
  const died = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      let state = ''
      try {
        state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] ?? ''
      } catch {
        // Gone and reaped.
      }
      if (state === '' || state === 'Z')
        reject(new Error('the pagefind binary exited (crash or OOM kill)'))
    }, 200)
  })
  died.catch(() => undefined)
  return { died, stop: () => clearInterval(timer) }
}

function timeout(ms: number, what: string): { expired: Promise<never>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms)
  })
  expired.catch(() => undefined)
  return { expired, stop: () => clearTimeout(timer) }
}

function errorsOf(what: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`${what}: ${errors.join('; ')}`)
}

/** Feeds every record to the binary, a few in flight at a time, then writes the index. */
async function feedAndWrite(
  index: pagefind.PagefindIndex,
  bundle: string,
  outputPath: string,
  signal: AbortSignal,
): Promise<number> {
  let posts = 0
  const inFlight = new Set<Promise<void>>()
  for (const r of bundleRecords(bundle)) {
    // After a timeout or crash: another call would start a new binary.
    signal.throwIfAborted()
    const sent = index
      .addCustomRecord({
        url: `/article/${r.id}`,
        content: r.content,
        language: r.language,
        meta: { title: r.title },
      })
      .then(({ errors }) => errorsOf(`record ${r.id}`, errors))
    const tracked: Promise<void> = sent.finally(() => inFlight.delete(tracked))
    // Handled here so a failure while others are in flight is not an unhandled rejection.
    tracked.catch(() => undefined)
    inFlight.add(tracked)
    posts++
    if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight)
  }
  await Promise.all(inFlight)
  signal.throwIfAborted()
  errorsOf('writeFiles', (await index.writeFiles({ outputPath })).errors)
  return posts
}

interface BuiltIndex {
  posts: number
  buildSeconds: number
  peakRssMb: number | null
}

/**
 * Indexes the bundle into `outputPath`. Time: from starting the binary to the files written,
 * reading and extracting the articles included (pagefind would read the site's HTML itself).
 */
async function buildIndex(bundle: string, outputPath: string): Promise<BuiltIndex> {
  const started = performance.now()
  const created = await pagefind.createIndex({})
  errorsOf('createIndex', created.errors)
  if (!created.index) throw new Error('createIndex returned no index')
  // Memory: the Node API spawns the binary as our child; its VmHWM in /proc/<pid>/status is the
  // kernel's own peak RSS, read just before the binary is closed, so no sampling can miss it.
  const pid = pagefindPid()
  if (pid !== undefined) preferAsOomVictim(pid)
  const exit = pid === undefined ? undefined : watchExit(pid)
  const limit = timeout(INDEX_TIMEOUT_MS, 'indexing')
  const abort = new AbortController()
  try {
    const work = feedAndWrite(created.index, bundle, outputPath, abort.signal)
    const posts = await Promise.race([work, limit.expired, ...(exit ? [exit.died] : [])])
    const buildSeconds = (performance.now() - started) / 1000
    return { posts, buildSeconds, peakRssMb: pid === undefined ? null : (peakRssMb(pid) ?? null) }
  } finally {
    abort.abort()
    exit?.stop()
    limit.stop()
    await pagefind.close()
  }
}

// --- The written files ----------------------------------------------------------------------

function filesUnder(dir: string): { rel: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => ({ rel, stat: statSync(join(dir, rel)) }))
    .filter((f) => f.stat.isFile())
    .map((f) => ({ rel: f.rel.split('\\').join('/'), bytes: f.stat.size }))
}

/** Index data, as opposed to pagefind's JS, CSS and wasm. */
const isIndexData = (rel: string) => /\.pf_\w+$/.test(rel) || rel === 'pagefind-entry.json'

/** Pagefind's own container: gzip around a `pagefind_dcd` signature and the payload. */
function pagefindDecode(bytes: Buffer): Buffer {
  const raw = gunzipSync(bytes)
  const signature = 'pagefind_dcd'
  return raw.subarray(0, signature.length).toString() === signature
    ? raw.subarray(signature.length)
    : raw
}

/**
 * Result id → article id, from the fragment files: exactly what `data()` would fetch for the
 * URL, read here rather than in the page so that recall costs no browser time.
 */
function fragmentArticles(pagefindDir: string): Map<string, string> {
  const map = new Map<string, string>()
  const dir = join(pagefindDir, 'fragment')
  for (const name of readdirSync(dir)) {
    const json = JSON.parse(pagefindDecode(readFileSync(join(dir, name))).toString('utf8')) as
      { url: string } | Record<string, { url: string }>
    const hash = name.replace(/\.pf_fragment$/, '')
    // A fragment group (many pages per file) maps each page hash to its fragment.
    const entries: [string, { url: unknown }][] =
      typeof json.url === 'string' ? [[hash, json as { url: string }]] : Object.entries(json)
    for (const [id, fragment] of entries)
      if (typeof fragment.url === 'string') map.set(id, fragment.url.replace(/^\/article\//, ''))
  }
  return map
}

// --- Searching in Chromium ------------------------------------------------------------------

/** The served page: the site's language on <html>, which Pagefind reads to pick its index. */
function writePage(site: string, language: string): void {
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

async function runQueries(
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

// --- The measurement ------------------------------------------------------------------------

function meanRecall(queries: PagefindQuery[]): number {
  const scored = queries.filter((q) => q.expected > 0)
  return scored.reduce((sum, q) => sum + q.foundExpected / q.expected, 0) / (scored.length || 1)
}

const failure = (failed: string): PagefindFigures => ({
  posts: 0,
  buildSeconds: 0,
  peakRssMb: null,
  indexBytes: 0,
  codeBytes: 0,
  initBytes: 0,
  queries: [],
  recall: 0,
  failed,
})

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export async function measurePagefind(options: PagefindOptions): Promise<PagefindFigures> {
  const site = join(options.work, 'pagefind-site')
  const output = join(site, 'pagefind')
  await rm(site, { recursive: true, force: true })
  mkdirSync(site, { recursive: true })

  options.log('pagefind: indexing')
  let built: BuiltIndex
  try {
    built = await buildIndex(options.bundle, output)
  } catch (error) {
    return failure(`indexing: ${messageOf(error)}`)
  }
  const peak = built.peakRssMb === null ? '?' : built.peakRssMb.toFixed(0)
  options.log(
    `pagefind: ${built.posts} posts in ${built.buildSeconds.toFixed(1)} s, peak ${peak} MB`,
  )

  const files = filesUnder(output)
  const sizes = new Map(files.map((f) => [f.rel, f.bytes]))
  const indexBytes = files.filter((f) => isIndexData(f.rel)).reduce((s, f) => s + f.bytes, 0)
  const language = readJson<Entry>(options.bundle, bundlePaths.entry).site.language || 'zh'
  writePage(site, language)

  options.log(`pagefind: ${options.truths.length} queries in Chromium`)
  try {
    const articles = fragmentArticles(output)
    const searched = await runQueries(site, options, sizes, articles)
    return {
      ...built,
      indexBytes,
      codeBytes: searched.codeBytes,
      initBytes: searched.initBytes,
      queries: searched.queries,
      recall: meanRecall(searched.queries),
      recallNote:
        'every result counted: result ids mapped to URLs from the fragment files data() fetches',
    }
  } catch (error) {
    return failure(`searching: ${messageOf(error)}`)
  }
}
