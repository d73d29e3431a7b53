import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleSummary, BuildReport, Entry, ReportEntry, SiteInfo } from '../bundle/format'
import { FORMAT_VERSION } from '../bundle/format'
import { normalizePermalink } from '../bundle/paths'
import type { Config } from './config'
import { isValidTimeZone } from './dates'
import { articleId } from './hash'
import { buildIndexes, sortSummaries } from './lists'
import type { ProcessedPost } from './process-post'
import type { PostFile } from './scan-posts'
import { scanPosts } from './scan-posts'
import { resolveSiteRoot } from './site-config'
import type { Pool } from './worker-pool'
import { createPool } from './worker-pool'
import { writeBundle } from './write-bundle'
import { readManifest } from './write-files'

/** Results of earlier builds, keyed by path: an unchanged post is not parsed again. */
export type BuildCache = Map<string, { stamp: string; result: ProcessedPost }>

export interface BuildOptions {
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

  const cache = options.cache ?? new Map()
  const settings = JSON.stringify([
    site.timezone,
    site.permalink,
    config.maxPostBytes,
    config.maxDepth,
    config.base,
    FORMAT_VERSION,
  ])
  const known = new Set(await readManifest(config.out))
  const pool =
    options.pool ??
    createPool({
      workers: config.workers,
      outDir: config.out,
      timeoutMs: config.postTimeoutMs,
      known,
    })
  const seenIds = new Map<string, string>()
  let done = 0
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
    const stamp = options.cache ? await fileStamp(file.absPath, settings) : ''
    const cached = cache.get(file.relPath)
    const result =
      cached &&
      cached.stamp === stamp &&
      (!cached.result.entry.file || known.has(cached.result.entry.file))
        ? cached.result
        : await pool.run({
            ...file,
            id,
            timezone: site.timezone,
            maxPostBytes: config.maxPostBytes,
            maxDepth: config.maxDepth,
            permalink: site.permalink,
            base: config.base,
          })
    if (stamp) cache.set(file.relPath, { stamp, result })
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
  await Promise.all(Array.from({ length: Math.min(pool.capacity, files.length) }, runner))
  if (!options.pool) await pool.close()
  for (const key of cache.keys()) if (!seenIds.has(articleId(key))) cache.delete(key)
  const processed = performance.now()

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
  const { entry, written } = await writeBundle(
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
  )
  return {
    entry,
    report: { ...report, buildId: entry.buildId },
    site,
    postsDir,
    written,
    timings: {
      scan: scanned - started,
      posts: processed - scanned,
      write: performance.now() - processed,
    },
  }
}

function pickTimezone(fromSite: string | undefined, fallback: string): string {
  if (fromSite && isValidTimeZone(fromSite)) return fromSite
  if (isValidTimeZone(fallback)) return fallback
  throw new Error(`unknown time zone "${fallback}"; use an IANA name such as Asia/Shanghai`)
}

async function fileStamp(path: string, settings: string): Promise<string> {
  try {
    const info = await stat(path)
    return `${info.size}:${info.mtimeMs}:${settings}`
  } catch {
    return ''
  }
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
