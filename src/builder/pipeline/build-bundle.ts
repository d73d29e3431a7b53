import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleSummary, BuildReport, Entry, ReportEntry, SiteInfo } from '../../bundle/format'
import { FORMAT_VERSION } from '../../bundle/format'
import { normalizePermalink } from '../../bundle/paths'
import type { Config } from '../config'
import { isValidTimeZone } from '../parse/dates'
import { articleId } from '../write/hash'
import { buildIndexes, sortSummaries } from '../write/build-indexes'
import type { ProcessedPost } from '../workers/process-post'
import type { PostFile } from '../read/scan-posts'
import { scanPosts } from '../read/scan-posts'
import { resolveSiteRoot } from '../read/hexo-config'
import type { Pool } from '../workers/worker-pool'
import { createPool, poolCapacity } from '../workers/worker-pool'
import { writeBundle } from '../write/write-bundle'
import { readManifest } from '../write/write-files'
import type { BuildCache } from '../write/build-cache'
import { createBuildCache } from '../write/build-cache'

export type { BuildCache } from '../write/build-cache'

export interface BuildOptions {
  /** Results of earlier builds into the same folder: unchanged posts are not parsed again. */
  cache?: BuildCache
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

export interface BuildResult {
  entry: Entry
  report: BuildReport
  site: SiteInfo
  postsDir: string
  /** Files written this time (unchanged ones are skipped). */
  written: number
  /** List pages whose bytes an old page already had: hard-linked under their new name. */
  linked: number
  timings: Record<'scan' | 'posts' | 'write', number>
}

export async function buildBundle(
  config: Config,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const started = performance.now()
  const { postsDir, site: hexo } = await resolveSiteRoot(config.posts)
  const site: SiteInfo = {
    title: hexo.title || config.title,
    language: hexo.language || config.language,
    timezone: pickTimezone(hexo.timezone, config.timezone),
    permalink: hexo.permalink || config.permalink,
  }
  const { files, problems } = await scanPosts(postsDir)
  const scanned = performance.now()

  const cache = options.cache ?? createBuildCache()
  const settings = JSON.stringify([
    site.timezone,
    site.permalink,
    config.maxPostBytes,
    config.maxDepth,
    config.base,
    FORMAT_VERSION,
  ])
  const known = new Set(await readManifest(config.out))
  // Started on the first post that needs processing: an incremental build often needs none.
  let pool = options.pool
  const getPool = () =>
    (pool ??= createPool({
      workers: config.workers,
      outDir: config.out,
      timeoutMs: config.postTimeoutMs,
      known,
    }))
  const seenIds = new Map<string, string>()
  let done = 0
  let hits = 0
  const processFile = async (file: PostFile): Promise<ProcessedPost> => {
    const id = articleId(file.relPath)
    const first = seenIds.get(id)
    if (first !== undefined) {
      return {
        entry: {
          path: file.relPath,
          id,
          status: 'rejected',
          reason: `duplicate id: same as ${first}`,
        },
      }
    }
    seenIds.set(id, file.relPath)
    // Without a cache to check (a one-off CLI build), the workers' own fstat is the only one.
    const stamp = options.cache ? fileStamp(file.absPath, settings) : ''
    const cached = cache.posts.get(file.relPath)
    const hit =
      cached !== undefined &&
      cached.stamp === stamp &&
      (!cached.result.entry.file || known.has(cached.result.entry.file))
    if (hit) hits += 1
    const result = hit
      ? cached.result
      : await getPool().run({
          ...file,
          id,
          timezone: site.timezone,
          maxPostBytes: config.maxPostBytes,
          maxDepth: config.maxDepth,
          permalink: site.permalink,
          base: config.base,
        })
    if (stamp) cache.posts.set(file.relPath, { stamp, result })
    options.onProgress?.(++done, files.length)
    return result
  }
  // A bounded producer: 100,000 pending promises and queued tasks would cost the main
  // thread hundreds of megabytes, while a few per worker keep every core busy.
  const results: ProcessedPost[] = new Array<ProcessedPost>(files.length)
  let next = 0
  const runner = async () => {
    while (next < files.length) {
      const index = next++
      results[index] = await processFile(files[index] as PostFile)
    }
  }
  const capacity = options.pool?.capacity ?? poolCapacity(config.workers)
  await Promise.all(Array.from({ length: Math.min(capacity, files.length) }, runner))
  if (!options.pool) await pool?.close()
  const paths = new Set(files.map((f) => f.relPath))
  let removed = 0
  for (const key of cache.posts.keys())
    if (!paths.has(key)) {
      cache.posts.delete(key)
      removed += 1
    }
  const processed = performance.now()

  // Nothing changed since the last build into this folder: its output is still there, as is.
  const key = JSON.stringify([
    settings,
    config.out,
    options.reportPath,
    options.reportPrefix,
    problems,
  ])
  const last = cache.last
  if (last?.key === key && hits === files.length && removed === 0 && known.size > 0) {
    const timings = { scan: scanned - started, posts: processed - scanned, write: 0 }
    return { ...last.result, written: 0, linked: 0, timings }
  }
  cache.last = undefined

  const entries = [
    // Copies: cached results are reused across builds and must not collect warnings.
    ...results.map((r) => ({
      ...r.entry,
      ...(r.entry.file ? { file: `${options.reportPrefix ?? ''}${r.entry.file}` } : {}),
    })),
    ...problems.map((p): ReportEntry => ({
      path: p.relPath,
      id: '',
      status: 'rejected',
      reason: p.reason,
    })),
  ]
  const summaries = sortSummaries(results.flatMap((r) => (r.summary ? [r.summary] : [])))
  flagDuplicateTitles(summaries, entries)
  const aliases = new Map<string, string>()
  for (const r of results)
    if (r.permalink && r.summary) aliases.set(normalizePermalink(r.permalink), r.summary.id)

  const report = { format: FORMAT_VERSION, totals: countTotals(entries), entries }
  const { entry, written, linked } = await writeBundle(
    config.out,
    {
      site,
      indexes: buildIndexes(summaries, site.timezone),
      files: new Map(summaries.map((s) => [s.id, s.f])),
      aliases,
      report,
      reportPath: options.reportPath ?? join(config.out, 'build-report.json'),
    },
    known,
    // Only worth hashing pages when a later build may reuse them.
    options.cache ? cache.pages : undefined,
  )
  const result: BuildResult = {
    entry,
    report: { ...report, buildId: entry.buildId },
    site,
    postsDir,
    written,
    linked,
    timings: {
      scan: scanned - started,
      posts: processed - scanned,
      write: performance.now() - processed,
    },
  }
  if (options.cache) cache.last = { key, result }
  return result
}

function pickTimezone(fromSite: string | undefined, fallback: string): string {
  if (fromSite && isValidTimeZone(fromSite)) return fromSite
  if (isValidTimeZone(fallback)) return fallback
  throw new Error(`unknown time zone "${fallback}"; use an IANA name such as Asia/Shanghai`)
}

/**
 * Synchronous: a stat of a file the OS has cached takes microseconds, far less than the promise
 * API's round trip, and an unchanged rebuild is 10,000 of them.
 */
function fileStamp(path: string, settings: string): string {
  const info = statSync(path, { throwIfNoEntry: false })
  return info ? `${info.size}:${info.mtimeMs}:${settings}` : ''
}

/** Two posts with the same title and day are kept, but the report says so: often a double import. */
function flagDuplicateTitles(summaries: ArticleSummary[], entries: ReportEntry[]): void {
  const byKey = new Map<string, string>()
  const entryById = new Map(entries.map((e) => [e.id, e]))
  for (const s of [...summaries].reverse()) {
    const key = `${s.title}\u0000${s.date.slice(0, 10)}`
    const first = byKey.get(key)
    if (first === undefined) {
      byKey.set(key, entryById.get(s.id)?.path ?? s.id)
      continue
    }
    const entry = entryById.get(s.id)
    if (entry)
      entry.warnings = [...(entry.warnings ?? []), `duplicate title and date: same as ${first}`]
  }
}

function countTotals(entries: ReportEntry[]): BuildReport['totals'] {
  const totals = { files: entries.length, ok: 0, repaired: 0, rejected: 0 }
  for (const e of entries) totals[e.status] += 1
  return totals
}
