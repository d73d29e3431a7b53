import { statSync } from 'node:fs'
import type { SiteInfo } from '../../bundle/format'
import { FORMAT_VERSION } from '../../bundle/format'
import type { Taxonomy } from '../read/hexo-config'
import type { Config } from '../config'
import type { PostFile } from '../read/scan-posts'
import type { BuildCache } from './build-cache'
import type { LocalFileSettings } from '../site-files/local-files'
import { localStamp } from '../site-files/image-sizes'
import { contentHash } from '../write/hash'

/**
 * Bumped when the builder makes something else of the same post within one bundle format, so
 * cached results of an older builder are not reused (2: dates inferred from git and URLs).
 */
const BUILDER_REVISION = 2

/** Everything besides a post's own bytes that changes what it builds into. */
export function buildSettings(
  config: Config,
  site: SiteInfo,
  taxonomy: Taxonomy,
  local?: LocalFileSettings,
): string {
  return JSON.stringify([
    taxonomy,
    BUILDER_REVISION,
    // Hashed: every post's stamp carries these settings, and the folders' paths are long.
    local ? contentHash(JSON.stringify(local)) : null,
    site.timezone,
    site.permalink,
    config.maxPostBytes,
    config.maxDepth,
    config.base,
    FORMAT_VERSION,
  ])
}

/**
 * Synchronous: a stat of a file the OS has cached takes microseconds, far less than the promise
 * API's round trip, and an unchanged rebuild is 10,000 of them.
 */
export function fileStamp(path: string, settings: string): string {
  const info = statSync(path, { throwIfNoEntry: false })
  return info ? `${info.size}:${info.mtimeMs}:${settings}` : ''
}

/** Whether the local files a post used (its asset folder, its images) are as they were. */
export function depsUnchanged(deps: readonly [string, string][] | undefined): boolean {
  return (deps ?? []).every(([path, stamp]) => localStamp(path) === stamp)
}

/** Forgets the posts that are gone; returns how many. */
export function evictRemoved(cache: BuildCache, files: readonly PostFile[]): number {
  const paths = new Set(files.map((f) => f.relPath))
  let removed = 0
  for (const key of cache.posts.keys())
    if (!paths.has(key)) {
      cache.posts.delete(key)
      removed += 1
    }
  return removed
}
