/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--no-browser] [--rebuild 10000] [--search …]
 *   [--pagefind 10000,100000] [--lighthouse 1000] [--hexo 1000] [--images local|unreachable]
 *   [--site-url URL] [--port 4330] [--results FILE]`
 *
 * For each size: generates (or reuses) a synthetic corpus, times the builder alone, builds the
 * deployable site, measures its bytes and serves it to Chromium for the browser figures, then
 * measures search (and Pagefind beside it). Then times `hexo generate` on the synthetic corpus of
 * `--hexo` posts and sets its posts per second beside ours at 10,000. Prints the tables and writes
 * every figure to bench/results/<YYYY-MM-DD>.json (rows of other sizes already in that file are
 * kept), and each size's per-query search figures to bench/results/<YYYY-MM-DD>-search-<posts>.json.
 * docs/benchmarks.md explains each figure.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import type { BrowserFigures } from './lib/browser'
import { measureBrowser } from './lib/browser'
import { measureDuplication, measureOutput, runBuild } from './lib/build'
import { ensureCorpus } from './lib/corpus-cache'
import type { RebuildFigures } from './lib/rebuild'
import { measureRebuild } from './lib/rebuild'
import type { SearchFigures } from './search/measure-search'
import { measureSearch } from './search/measure-search'
import { formatSearchTables } from './search/search-tables'
import type { HexoComparison } from './hexo/compare'
import { compareWithHexo, formatHexoComparison } from './hexo/compare'
import { measureHexo } from './hexo/measure-hexo'
import { serveStatic } from '../src/builder/serve/static-server'
import type { ImageHost } from './lib/image-host'
import type { LighthouseFigures } from './lib/lighthouse'
import { formatLighthouse, lighthouseNode, measureLighthouse } from './lib/lighthouse'
import { startImageHost } from './lib/image-host'
import type { Row } from './lib/table'
import { formatTable } from './lib/table'
import { sizeNotes } from './lib/size-notes'
import { readBundleJsonSync, siteReportPath } from '../src/builder/index'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    'no-browser': { type: 'boolean', default: false },
    rebuild: { type: 'string', default: '10000' },
    /** Sizes that get the search figures. @default every size */
    search: { type: 'string' },
    /** Sizes at which Pagefind indexes the same articles and runs the same queries. */
    pagefind: { type: 'string', default: '10000,100000' },
    /** Sizes at which Lighthouse runs on home, an article and its category. */
    lighthouse: { type: 'string', default: '1000' },
    /**
     * `local`: the corpus's image hosts are served by the bench (./lib/image-host.ts);
     * `unreachable`: as before 2026-12-07, every image fails.
     */
    images: { type: 'string', default: 'local' },
    /** Posts of the corpus `hexo generate` is timed on; 0 skips Hexo. */
    hexo: { type: 'string', default: '1000' },
    /** The site build's `--site-url` (feeds, sitemaps, robots.txt; since 2026-12-07); '' for none. */
    'site-url': { type: 'string', default: 'https://news.example.com' },
    port: { type: 'string', default: '4330' },
    work: { type: 'string', default: '/tmp/e2e-d-bench' },
    /** Where the figures go (merged by size). @default bench/results/<date>.json */
    results: { type: 'string' },
  },
})
const sizes = values.sizes.split(',').map(Number)
const list = (text: string | undefined) => (text ?? '').split(',').filter(Boolean).map(Number)
const searchSizes = values.search === undefined ? sizes : list(values.search)
const pagefindSizes = list(values.pagefind)
const lighthouseSizes = list(values.lighthouse)
const hexoPosts = Number(values.hexo)
if (!Number.isSafeInteger(hexoPosts) || hexoPosts < 0)
  throw new Error(`--hexo must be a number of posts (0: no Hexo), got "${values.hexo}"`)
const work = resolve(values.work)
const log = (line: string) => console.error(`bench: ${line}`)
const gz = (path: string) => gzipSync(readFileSync(path)).length

interface Result {
  row: Row
  builder: Awaited<ReturnType<typeof runBuild>>
  site: Awaited<ReturnType<typeof runBuild>> & { outputParts: Record<string, number> }
  inputBytes: number
  outputRatio: number
  duplication: Awaited<ReturnType<typeof measureDuplication>>
  homeDataGz: number
  browser: BrowserFigures | null
  lighthouse: LighthouseFigures[] | { skipped: string } | null
  rebuild: RebuildFigures | null
  /** Per-query figures are written apart, to `<date>-search-<posts>.json`. */
  search:
    | (Omit<SearchFigures, 'perQuery' | 'pagefind'> & {
        pagefind: Omit<NonNullable<SearchFigures['pagefind']>, 'queries'> | null
      })
    | null
  /** Kept out of the main JSON (see `search`). */
  perQuery?: unknown
  /** 1-minute load average before and after: other work on the machine inflates every time. */
  load: [number, number]
}

async function measureSize(posts: number, port: number, images: ImageHost | null): Promise<Result> {
  const loadBefore = loadavg()[0] ?? 0
  const corpus = ensureCorpus(posts, log)
  const bundleOut = join(work, `bundle-${posts}`)
  await rm(bundleOut, { recursive: true, force: true })
  log(`${posts}: builder (bundle, cold)`)
  const builder = await runBuild('bundle', corpus.dir, bundleOut)
  await rm(bundleOut, { recursive: true, force: true })

  const siteOut = join(work, `site-${posts}`)
  await rm(siteOut, { recursive: true, force: true })
  log(`${posts}: site build`)
  const siteUrl = values['site-url']
  const site = await runBuild('site', corpus.dir, siteOut, siteUrl ? ['--site-url', siteUrl] : [])
  const output = await measureOutput(siteOut)
  const duplication = await measureDuplication(siteOut)
  const entryPath = join(siteOut, 'data/entry.json')
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as { latest: { h: string } }
  const firstPage = join(siteOut, `data/lists/${entry.latest.h}-1.json.gz`)
  const sample = readBundleJsonSync<{ items: { id: string; categories: string[][] }[] }>(firstPage)
    .items[0]

  let browser: BrowserFigures | null = null
  let lighthouse: Result['lighthouse'] = null
  if (!values['no-browser'] && sample) {
    log(`${posts}: browser`)
    const origin = `http://127.0.0.1:${port}`
    const server = await serveStatic(siteOut, { like: 'cdn', port, hostname: '127.0.0.1' })
    try {
      browser = await measureBrowser(origin, sample.id, images?.browserArgs ?? [])
      if (lighthouseSizes.includes(posts)) {
        log(`${posts}: Lighthouse`)
        const node = lighthouseNode()
        // Home, an article, and its category (issue 16's SEO pages).
        const category = (sample.categories[0] ?? []).map(encodeURIComponent).join('/')
        const pages = [
          `${origin}/`,
          `${origin}/article/${sample.id}`,
          `${origin}/category/${category}`,
        ]
        lighthouse =
          'skipped' in node
            ? node
            : await measureLighthouse(node.node, pages, images?.browserArgs ?? [])
      }
    } finally {
      await server.close()
    }
  }
  let rebuild: RebuildFigures | null = null
  if (values.rebuild.split(',').map(Number).includes(posts)) {
    log(`${posts}: incremental rebuild`)
    const report = JSON.parse(readFileSync(siteReportPath(siteOut), 'utf8')) as {
      entries: { path: string }[]
    }
    rebuild = await measureRebuild(
      corpus.dir,
      join(work, `rebuild-${posts}`),
      report.entries[0]?.path ?? '',
    )
  }

  let search: SearchFigures | null = null
  if (searchSizes.includes(posts)) {
    search = await measureSearch({
      site: siteOut,
      corpusBytes: corpus.bytes,
      port: port + 10,
      browser: !values['no-browser'],
      pagefind: pagefindSizes.includes(posts),
      work: join(work, `search-${posts}`),
      log: (line) => log(`${posts}: ${line}`),
    })
  }

  const row: Row = {
    posts,
    buildSeconds: builder.ms / 1000,
    postsPerSecond: posts / (builder.ms / 1000),
    peakRssMb: builder.maxRssMb,
    outputBytes: output.total,
    entryGz: gz(entryPath),
    firstLoadGz: browser?.firstLoadGz ?? null,
    firstLoadIdleGz: browser?.firstLoadIdleGz ?? null,
    articleFetchGz: browser?.articleFetchGz ?? null,
    clickToContentMs: browser?.clickToContentMs.median ?? null,
    lcpMs: browser ? Math.max(browser.vitals.home.lcpMs, browser.vitals.article.lcpMs) : null,
    cls: browser ? Math.max(browser.vitals.home.cls, browser.vitals.article.cls) : null,
    tbtMs: browser ? Math.max(browser.vitals.home.tbtMs, browser.vitals.article.tbtMs) : null,
    heapMb: browser?.heapMb ?? null,
  }
  return {
    row,
    builder,
    site: { ...site, outputParts: output.parts },
    inputBytes: corpus.bytes,
    outputRatio: output.total / corpus.bytes,
    duplication,
    homeDataGz: gz(entryPath) + gz(firstPage),
    browser,
    lighthouse,
    rebuild,
    search: search && withoutQueries(search),
    perQuery: search && { ours: search.perQuery, pagefind: search.pagefind?.queries ?? null },
    load: [loadBefore, loadavg()[0] ?? 0],
  }
}

function withoutQueries(search: SearchFigures): NonNullable<Result['search']> {
  const { perQuery: _, pagefind, ...rest } = search
  if (!pagefind) return { ...rest, pagefind: null }
  const { queries: __, ...pf } = pagefind
  return { ...rest, pagefind: pf }
}

function machine() {
  return {
    cpus: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  }
}

async function main() {
  mkdirSync(work, { recursive: true })
  if (values.images !== 'local' && values.images !== 'unreachable')
    throw new Error(`--images is local or unreachable, not ${values.images}`)
  const images = values.images === 'local' ? await startImageHost(work) : null
  const results: Result[] = []
  try {
    for (const [index, posts] of sizes.entries()) {
      results.push(await measureSize(posts, Number(values.port) + index, images))
    }
  } finally {
    await images?.close()
  }
  const hexo =
    hexoPosts > 0
      ? compareWithHexo(
          await measureHexo({ posts: hexoPosts, work, log }),
          results.map((r) => ({
            posts: r.row.posts,
            postsPerSecond: r.row.postsPerSecond,
            wallSeconds: r.builder.seconds,
            siteSeconds: r.site.seconds,
            cpuSeconds: r.builder.cpuSeconds,
          })),
          sizes,
        )
      : null
  const date = new Date().toISOString().slice(0, 10)
  const file = resolve(values.results ?? join('bench/results', `${date}.json`))
  mkdirSync(dirname(file), { recursive: true })
  const saved = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { results: Result[]; hexo?: HexoComparison })
    : { results: [] }
  const previous = saved.results
  for (const r of results) {
    if (!r.perQuery) continue
    const perQueryFile = file.replace(/\.json$/, `-search-${r.row.posts}.json`)
    writeFileSync(
      perQueryFile,
      `${JSON.stringify({ date, posts: r.row.posts, ...r.perQuery }, null, 1)}\n`,
    )
    delete r.perQuery
  }
  const merged = [...previous.filter((p) => !sizes.includes(p.row.posts)), ...results].sort(
    (a, b) => a.row.posts - b.row.posts,
  )
  // A run without Hexo keeps the file's Hexo figures: they carry our own figures of their run.
  const hexoKept = hexo ?? saved.hexo
  const siteUrl = values['site-url'] || null
  const figures = { date, machine: machine(), images: values.images, siteUrl, results: merged }
  writeFileSync(
    file,
    `${JSON.stringify({ ...figures, ...(hexoKept && { hexo: hexoKept }) }, null, 1)}\n`,
  )
  console.log(formatTable(merged.map((r) => r.row)))
  for (const r of results) console.log(`\n${sizeNotes(r)}`)
  for (const r of results)
    if (r.lighthouse) console.log(`\n${formatLighthouse(r.row.posts, r.lighthouse)}`)
  console.log(hexo ? `\n${formatHexoComparison(hexo)}` : '\nHexo: not measured (--hexo 0)')
  const searched = merged.filter((r) => r.search)
  if (searched.length > 0)
    console.log(
      `\n${formatSearchTables(searched.map((r) => ({ posts: r.row.posts, search: r.search!, build: r.builder })))}`,
    )
  console.log(`\nAll figures: ${file}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
