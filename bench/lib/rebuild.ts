/**
 * The dev server's path: buildBundle with an in-memory BuildCache, as src/builder/vite-plugin.ts
 * runs it. Builds once cold, once with nothing changed, and once after editing one post.
 */
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { buildBundle } from '../../src/builder/build-bundle'
import { createBuildCache } from '../../src/builder/build-cache'
import { resolveConfig } from '../../src/builder/config'
import { createPool } from '../../src/builder/worker-pool'

export interface RebuildFigures {
  coldMs: number
  unchangedMs: number
  unchangedWritten: number
  oneChangedMs: number
  /** Files the one-post rebuild wrote: its article, the list pages around it, the indexes. */
  oneChangedWritten: number
  /** List pages the one-post rebuild renamed without new bytes (hard links to the old pages). */
  oneChangedLinked: number
}

export async function measureRebuild(
  posts: string,
  out: string,
  samplePost: string,
): Promise<RebuildFigures> {
  await rm(out, { recursive: true, force: true })
  const cache = createBuildCache()
  const config = resolveConfig({ posts, out, workers: 2 })
  const pool = createPool({
    workers: config.workers,
    outDir: out,
    timeoutMs: config.postTimeoutMs,
    known: new Set(),
  })
  const timed = async () => {
    const started = performance.now()
    const result = await buildBundle(config, { cache, pool })
    return { ms: performance.now() - started, written: result.written, linked: result.linked }
  }
  const cold = await timed()
  const unchanged = await timed()
  const path = join(posts, samplePost)
  const original = await readFile(path)
  const { atime, mtime } = await stat(path)
  let changed: { ms: number; written: number; linked: number }
  try {
    await writeFile(
      path,
      Buffer.concat([original, Buffer.from('\n\nOne more paragraph, added by the benchmark.\n')]),
    )
    changed = await timed()
  } finally {
    await pool.close()
    // The cached corpus must stay exactly as generated.
    await writeFile(path, original)
    await utimes(path, atime, mtime)
  }
  return {
    coldMs: cold.ms,
    unchangedMs: unchanged.ms,
    unchangedWritten: unchanged.written,
    oneChangedMs: changed.ms,
    oneChangedWritten: changed.written,
    oneChangedLinked: changed.linked,
  }
}
