/**
 * Pagefind on the same articles and the same queries as our search, for comparison: indexes a
 * built bundle's articles (their original text, not our normalised one) with Pagefind's Node
 * API, then runs every query in Chromium against the written index and counts what it finds and
 * downloads. docs/benchmarks.md explains the figures.
 */
import { mkdirSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Entry } from '../../src/bundle/format'
import { bundlePaths } from '../../src/bundle/paths'
import { readJson } from './bundle-docs'
import type { QueryTruth } from './brute-force'
import type { BuiltIndex } from './pagefind-index'
import { buildIndex, filesUnder, fragmentArticles, isIndexData } from './pagefind-index'
import { runQueries, writePage } from './pagefind-queries'

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
