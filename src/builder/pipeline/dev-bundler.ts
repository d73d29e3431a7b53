import type { ConfigInput } from '../config'
import { resolveConfig } from '../config'
import type { Pool } from '../workers/worker-pool'
import { createPool } from '../workers/worker-pool'
import { createBuildCache, saveBuildCache } from './build-cache'
import type { BuildResult } from '../report/build-result'
import { buildBundle } from './build-bundle'

export interface DevBundler {
  /** Rebuilds what changed since the last build; calls made meanwhile run one after another. */
  build(): Promise<BuildResult>
  /** Writes the cache into the bundle folder, where `buildBundle({ incremental: true })` reads it. */
  saveCache(): Promise<void>
  /** Stops the workers; a later build starts new ones. */
  close(): Promise<void>
}

/**
 * A bundle kept up to date across many builds (the dev server): the cache stays in memory and
 * the workers stay up, so rebuilding one edited post costs a few files, not a worker start-up.
 */
export function createDevBundler(input: ConfigInput): DevBundler {
  const config = resolveConfig(input)
  const cache = createBuildCache()
  let pool: Pool | undefined
  let last: Promise<unknown> = Promise.resolve()
  const run = () => {
    pool ??= createPool({
      workers: config.workers,
      outDir: config.out,
      timeoutMs: config.postTimeoutMs,
      // Its workers write every post they are given: the cache decides what they get.
      known: new Set(),
    })
    return buildBundle(config, { cache, pool })
  }
  return {
    build() {
      const next = last.then(run, run)
      last = next
      return next
    },
    saveCache: () => saveBuildCache(config.out, cache),
    async close() {
      const closing = pool
      pool = undefined
      await closing?.close()
    },
  }
}
