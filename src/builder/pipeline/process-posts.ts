import pMap from 'p-map'
import type { SiteInfo } from '../../bundle/format'
import type { Config } from '../config'
import type { Taxonomy } from '../read/hexo-config'
import type { AddedDates } from '../read/git-added'
import type { PostFile } from '../read/scan-posts'
import type { BuildCache } from './build-cache'
import { articleId } from '../write/hash'
import type { ProcessedPost } from '../workers/process-post'
import type { Pool } from '../workers/worker-pool'
import { createPool, poolCapacity } from '../workers/worker-pool'
import { depsUnchanged, fileStamp } from './incremental'
import type { LocalFileSettings } from '../site-files/local-files'

export interface ProcessContext {
  config: Config
  site: SiteInfo
  taxonomy: Taxonomy
  /** Files the last finished build into the same folder wrote. */
  known: ReadonlySet<string>
  cache: BuildCache
  /** Whether the cache outlives this build: only then are posts stamped. */
  stamped: boolean
  settings: string
  /** When git added each post, for posts with no valid date. */
  added: AddedDates
  local?: LocalFileSettings
  /** The caller's workers, kept across builds; else this build starts its own and closes them. */
  pool?: Pool
  onProgress?: (done: number, total: number) => void
}

/** Every post's result, in the scan's order, and how many came unchanged from the cache. */
export async function processPosts(
  files: readonly PostFile[],
  ctx: ProcessContext,
): Promise<{ results: ProcessedPost[]; hits: number }> {
  const { config, site, cache } = ctx
  // Started on the first post that needs processing: an incremental build often needs none.
  let pool = ctx.pool
  const getPool = () =>
    (pool ??= createPool({
      workers: config.workers,
      outDir: config.out,
      timeoutMs: config.postTimeoutMs,
      known: ctx.known,
    }))
  const runPost = async (file: PostFile, id: string): Promise<ProcessedPost> => {
    const task = {
      ...file,
      id,
      timezone: site.timezone,
      maxPostBytes: config.maxPostBytes,
      maxDepth: config.maxDepth,
      permalink: site.permalink,
      base: config.base,
      taxonomy: ctx.taxonomy,
      added: ctx.added.known(file.relPath),
      ...(ctx.local ? { local: ctx.local } : {}),
    }
    const result = await getPool().run(task)
    // Undated, and git not asked yet: asked now (once for the build), then the post runs again.
    if (!result.needsAdded) return result
    return getPool().run({ ...task, added: await ctx.added.lookup(file.relPath) })
  }
  const seenIds = new Map<string, string>()
  let done = 0
  let hits = 0
  const processFile = async (file: PostFile): Promise<ProcessedPost> => {
    const id = articleId(file.relPath)
    const first = seenIds.get(id)
    if (first !== undefined) {
      const reason = `duplicate id: same as ${first}`
      return { entry: { path: file.relPath, id, status: 'rejected', reason } }
    }
    seenIds.set(id, file.relPath)
    // Without a cache to keep (a one-off build), the workers' own fstat is the only one.
    const stamp = ctx.stamped ? fileStamp(file.absPath, ctx.settings) : ''
    const cached = cache.posts.get(file.relPath)
    const hit =
      cached !== undefined &&
      cached.stamp === stamp &&
      (!cached.result.entry.file || ctx.known.has(cached.result.entry.file)) &&
      // An estimated date holds only while git gives the same answer (a commit since, a new repo).
      (cached.result.added === undefined ||
        (await ctx.added.lookup(file.relPath)) === cached.result.added) &&
      depsUnchanged(cached.result.deps)
    if (hit) hits += 1
    const result = hit ? cached.result : await runPost(file, id)
    if (stamp) cache.posts.set(file.relPath, { stamp, result })
    ctx.onProgress?.(++done, files.length)
    return result
  }
  try {
    // Bounded: 100,000 pending promises and queued tasks would cost the main thread hundreds
    // of megabytes, while a few per worker keep every core busy.
    const concurrency = ctx.pool?.capacity ?? poolCapacity(config.workers)
    const results = await pMap(files, processFile, { concurrency })
    return { results, hits }
  } finally {
    if (!ctx.pool) await pool?.close()
  }
}
