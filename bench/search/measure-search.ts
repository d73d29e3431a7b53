/**
 * The bench's search figures for one built site: the index's size, recall and precision against
 * brute force (in Node), bytes and latency per query (in Chromium), and Pagefind on the same
 * articles and queries. docs/benchmarks.md, "Search", explains each figure.
 */
import { opendir, stat } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import type { SearchManifest } from '../../src/bundle/search-format'
import { join } from 'node:path'
import { bundlePaths } from '../../src/bundle/paths'
import { serveStatic } from '../../src/builder/serve/static-server'
import type { SearchQueryFigures } from './browser'
import { measureSearchBrowser } from './browser'
import type { QueryTruth } from './brute-force'
import { queryTruths, readDocs } from './brute-force'
import type { PagefindFigures } from './pagefind'
import { measurePagefind } from './pagefind'
import { measureRecall } from './recall'

/**
 * Recall pages through every result of a query, cutting a snippet for each: queries with more
 * expected posts than this are left out of it at large sizes (the JSON says how many were).
 */
const RECALL_CAP = 5000
/** Results on the first screen of the search page at 1280 × 900 (FIRST_SCREEN in the app). */
const FIRST_SCREEN = 6

export interface SearchFigures {
  queries: number
  indexBytes: number
  /**
   * Gzipped bytes the search code reads as it loads, so in no query's bytes: the manifest, and
   * (since 2026-12-06) the doc pages of the newest 256 documents.
   */
  manifestBytes: number
  indexFiles: number
  /** Index bytes ÷ the corpus's bytes. */
  indexRatio: number
  recall: number
  precision: number
  /** Queries recall and precision were measured on (all, or those with ≤ RECALL_CAP posts). */
  recallQueries: number
  recallMisses: string[]
  summary: SearchSummary | null
  perQuery: (SearchQueryFigures | { query: string; kind: string; expected: number })[]
  pagefind: PagefindSide | null
}

/** Pagefind's figures, with the spread of its bytes per query. */
export type PagefindSide = PagefindFigures & { bytesFirstScreen: Spread; bytesPage20: Spread }

export interface SearchSummary {
  bytesFirstScreen: Spread
  bytesPage: Spread
  coldMs: Spread
  warmMs: Spread
  /** Warm to the end of the frame after the painting one: what `warmMs` was until 2026-12-08. */
  warmFrameAfterMs?: Spread
  throttledMs: Spread
  /** The same figures for one-character queries alone: they cost more. */
  single: { bytesFirstScreen: Spread; warmMs: Spread }
}

export interface Spread {
  p50: number
  p95: number
  max: number
  n: number
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, n: sorted.length }
}

async function folderBytes(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0
  let files = 0
  for await (const entry of await opendir(dir)) {
    bytes += (await stat(join(dir, entry.name))).size
    files += 1
  }
  return { bytes, files }
}

function summarise(figures: SearchQueryFigures[]): SearchSummary {
  const of = (f: (q: SearchQueryFigures) => number | undefined, list = figures) =>
    spread(list.map(f).filter((v): v is number => v !== undefined))
  const single = figures.filter((q) => q.kind === 'single')
  return {
    bytesFirstScreen: of((q) => q.bytesFirstScreen),
    bytesPage: of((q) => q.bytesPage),
    coldMs: of((q) => q.coldMs),
    warmMs: of((q) => q.warmMs),
    warmFrameAfterMs: of((q) => q.warmFrameAfterMs),
    throttledMs: of((q) => q.throttledMs),
    single: {
      bytesFirstScreen: of((q) => q.bytesFirstScreen, single),
      warmMs: of((q) => q.warmMs, single),
    },
  }
}

export async function measureSearch(options: {
  site: string
  corpusBytes: number
  port: number
  browser: boolean
  pagefind: boolean
  work: string
  log: (line: string) => void
}): Promise<SearchFigures> {
  const { site, log } = options
  const bundle = join(site, 'data')
  log('search: reading every article for brute force')
  const docs = readDocs(bundle)
  const truths = queryTruths(docs)
  const capped = docs.length > 20_000
  const recallSet = capped ? truths.filter((t) => t.expected.length <= RECALL_CAP) : truths
  log(`search: recall over ${recallSet.length} of ${truths.length} queries`)
  const recall = await measureRecall(bundle, recallSet, docs)
  const index = await folderBytes(join(bundle, 'search'))
  const entry = JSON.parse(readFileSync(join(bundle, 'entry.json'), 'utf8')) as { search: string }
  const manifestPath = bundlePaths.searchManifest(entry.search)
  const { docPages } = JSON.parse(
    gunzipSync(readFileSync(join(bundle, manifestPath))).toString('utf8'),
  ) as SearchManifest
  // What the search code reads as it loads: the manifest and the newest two doc pages.
  let withCode = (await stat(join(bundle, manifestPath))).size
  for (const page of docPages.slice(-2))
    withCode += (await stat(join(bundle, bundlePaths.searchDocs(page)))).size

  let perQuery: SearchFigures['perQuery'] = truths.map(({ query, expected }) => ({
    query: query.query,
    kind: query.kind,
    expected: expected.length,
  }))
  let summary: SearchSummary | null = null
  if (options.browser) {
    const server = await serveStatic(site, {
      like: 'cdn',
      port: options.port,
      hostname: '127.0.0.1',
    })
    try {
      const figures = await measureSearchBrowser(`http://127.0.0.1:${options.port}`, truths, log)
      perQuery = figures
      summary = summarise(figures)
    } finally {
      await server.close()
    }
  }
  const pagefind = options.pagefind ? await runPagefind(bundle, truths, options) : null
  return {
    queries: truths.length,
    indexBytes: index.bytes,
    manifestBytes: withCode,
    indexFiles: index.files,
    indexRatio: index.bytes / options.corpusBytes,
    recall: recall.recall,
    precision: recall.precision,
    recallQueries: recallSet.length,
    recallMisses: recall.misses,
    summary,
    perQuery,
    pagefind,
  }
}

async function runPagefind(
  bundle: string,
  truths: QueryTruth[],
  options: { port: number; work: string; log: (line: string) => void },
): Promise<PagefindSide> {
  options.log('search: Pagefind on the same articles and queries')
  const figures = await measurePagefind({
    bundle,
    truths,
    work: join(options.work, 'pagefind'),
    port: options.port + 50,
    firstScreen: FIRST_SCREEN,
    log: options.log,
  })
  return {
    ...figures,
    bytesFirstScreen: spread(figures.queries.map((q) => q.bytesFirstScreen)),
    bytesPage20: spread(figures.queries.map((q) => q.bytesPage20)),
  }
}
