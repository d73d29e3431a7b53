import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { SiteInfo } from '../../bundle/format'
import { FORMAT_VERSION } from '../../bundle/format'
import { normalizePermalink } from '../../bundle/paths'
import type { Config, ConfigInput } from '../config'
import { resolveConfig } from '../config'
import type { PostTags } from '../parse/categories'
import type { ScanProblem } from '../read/scan-posts'
import { scanPosts } from '../read/scan-posts'
import { addedDates } from '../read/git-added'
import { countTotals, flagDuplicateTitles, reportEntries } from '../report/build-report'
import type { ProcessedPost } from '../workers/process-post'
import type { Pool } from '../workers/worker-pool'
import type { BuildCache } from './build-cache'
import { createBuildCache, loadBuildCache, saveBuildCache } from './build-cache'
import type { BuildResult } from '../report/build-result'
import { buildIndexes, sortSummaries } from '../write/build-indexes'
import { writeBundle } from '../write/write-bundle'
import { readManifest } from '../write/write-files'
import { buildSettings, evictRemoved } from './incremental'
import { processPosts } from './process-posts'
import { searchDocs } from '../search/search-docs'
import { writeSearchIndex } from '../search/build-search-index'

export type { BuildResult } from '../report/build-result'
import { resolveSite } from './resolve-site'
import { withSiteDefaults } from './site-defaults'

export interface BundleOptions {
  /** Results of earlier builds into the same folder: unchanged posts are not parsed again. */
  cache?: BuildCache
  /**
   * Keep the cache on disk in the bundle folder (`.cache.json`): this build starts from the last
   * one's and leaves its own for the next. Ignored when `cache` is given. @default false
   */
  incremental?: boolean
  /** Where build-report.json goes. @default `<out>/build-report.json` */
  reportPath?: string
  /** Prefix for article paths in the report, when it sits above the bundle folder (`data/`). */
  reportPrefix?: string
  onProgress?: (done: number, total: number) => void
  /**
   * Workers owned by the caller and kept across builds (the dev server: starting a worker
   * costs about half a second, more than rebuilding one post). Made with an empty `known`, so
   * they write every post they are given. @default a pool made and closed by this build
   */
  pool?: Pool
}

/** Turns a posts folder into a bundle folder: scan, process each post, then write the indexes. */
export async function buildBundle(
  input: ConfigInput,
  options: BundleOptions = {},
): Promise<BuildResult> {
  const config = resolveConfig(await withSiteDefaults(input))
  if (options.cache || !options.incremental) return runBuild(config, options)
  const cache = await loadBuildCache(config.out)
  const result = await runBuild(config, { ...options, cache })
  await saveBuildCache(config.out, cache)
  return result
}

async function runBuild(config: Config, options: BundleOptions): Promise<BuildResult> {
  const started = performance.now()
  const { postsDir, draftsDir, site, taxonomy, sourceDir, local } = await resolveSite(config)
  const { files, problems } = await scanPosts(postsDir)
  if (draftsDir) problems.push(...(await scanDrafts(draftsDir)))
  const scanned = performance.now()

  const cache = options.cache ?? createBuildCache()
  const settings = buildSettings(config, site, taxonomy, local)
  const known = new Set(await readManifest(config.out))
  const { results, hits } = await processPosts(files, {
    config,
    site,
    taxonomy,
    known,
    cache,
    stamped: options.cache !== undefined,
    settings,
    added: addedDates(postsDir),
    local,
    pool: options.pool,
    onProgress: options.onProgress,
  })
  const removed = evictRemoved(cache, files)
  const processed = performance.now()
  const timings = (write: number) => ({
    scan: scanned - started,
    posts: processed - scanned,
    write,
  })

  // Nothing changed since the last build into this folder: its output is still there, as is.
  const key = JSON.stringify([
    settings,
    config.out,
    options.reportPath,
    options.reportPrefix,
    problems,
  ])
  const last = cache.last
  if (last?.key === key && hits === files.length && removed === 0 && known.size > 0)
    return { ...last.result, written: 0, linked: 0, timings: timings(0) }
  cache.last = undefined

  const reportPath = options.reportPath ?? join(config.out, 'build-report.json')
  const { entry, report, written, linked } = await writeResults(
    config,
    site,
    results,
    problems,
    known,
    { ...options, reportPath },
  )
  const result: BuildResult = {
    entry,
    report,
    site,
    postsDir,
    reportPath,
    written,
    linked,
    timings: timings(performance.now() - processed),
    headImages: new Map(
      results.flatMap((r) => (r.summary && r.headImage ? [[r.summary.id, r.headImage]] : [])),
    ),
    ...(sourceDir ? { siteFiles: siteFileSources(config.posts, sourceDir, results) } : {}),
    modified: new Map(
      results.flatMap((r) => (r.modified && r.summary ? [[r.summary.id, r.modified]] : [])),
    ),
  }
  if (options.cache) cache.last = { key, result }
  return result
}

/** A site's `_drafts/`: counted in the report, never published (as `hexo generate` does). */
async function scanDrafts(draftsDir: string): Promise<ScanProblem[]> {
  if (!existsSync(draftsDir)) return []
  const { files } = await scanPosts(draftsDir)
  return files.map((f) => ({
    relPath: `../_drafts/${f.relPath}`,
    reason: 'a draft in _drafts/ (Hexo does not publish it either)',
    skipped: true,
  }))
}

/** The Hexo site's own files, for a site build to copy: source/ and the posts' asset folders. */
function siteFileSources(root: string, sourceDir: string, results: readonly ProcessedPost[]) {
  const postAssets = results.flatMap((r) =>
    r.assetDir && r.permalink && r.summary ? [{ dir: r.assetDir, permalink: r.permalink }] : [],
  )
  return { root, sourceDir, postAssets }
}

/** The report, the lists and indexes, and the entry, written after every article file. */
async function writeResults(
  config: Config,
  site: SiteInfo,
  results: ProcessedPost[],
  problems: readonly ScanProblem[],
  known: ReadonlySet<string>,
  options: BundleOptions & { reportPath: string },
) {
  const entries = reportEntries(results, problems, options.reportPrefix)
  const summaries = sortSummaries(results.flatMap((r) => (r.summary ? [r.summary] : [])))
  flagDuplicateTitles(summaries, entries)
  const aliases = new Map<string, string>()
  const tags = new Map<string, PostTags>()
  for (const r of results) {
    if (r.permalink && r.summary) aliases.set(normalizePermalink(r.permalink), r.summary.id)
    if (r.tags && r.summary) tags.set(r.summary.id, r.tags)
  }

  const report = { format: FORMAT_VERSION, totals: countTotals(entries), entries }
  const search = await writeSearchIndex(
    config.out,
    searchDocs(results, summaries, !options.cache),
    known,
  )
  const { entry, written, linked } = await writeBundle(
    config.out,
    {
      site,
      indexes: buildIndexes(summaries, site.timezone, (id) => tags.get(id)),
      files: new Map(summaries.map((s) => [s.id, s.f])),
      aliases,
      report,
      reportPath: options.reportPath,
      search,
    },
    known,
    // Only worth hashing pages when a later build may reuse them.
    options.cache?.pages,
  )
  return {
    entry,
    report: { ...report, buildId: entry.buildId },
    written: written + search.written,
    linked,
  }
}
