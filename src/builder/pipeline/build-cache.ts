import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FORMAT_VERSION } from '../../bundle/format'
import type { BuildResult } from '../report/build-result'
import type { ProcessedPost } from '../workers/process-post'
import { writeAtomic } from '../write/write-files'

/**
 * What a build keeps for the next one into the same folder (the dev server holds it in memory;
 * `cli.ts bundle` persists it as `.cache.json` beside the manifest).
 */
export interface BuildCache {
  /** relPath → the post's result, valid while its size, mtime and the settings (`stamp`) hold. */
  posts: Map<string, { stamp: string; result: ProcessedPost }>
  /**
   * List page name → hash of its bytes. A list's pages are all renamed when one item changes
   * (the name hashes the whole list), but most keep their bytes: those are hard-linked from the
   * old name instead of created again, which costs a twentieth as much on a slow disk.
   */
  pages: Map<string, string>
  /** The last build, returned as is when no post, setting or output changed since. */
  last?: { key: string; result: BuildResult }
}

export function createBuildCache(): BuildCache {
  return { posts: new Map(), pages: new Map() }
}

/** Beside the manifest: it describes the files the manifest lists. */
export const CACHE_FILE = '.cache.json'

/**
 * Bumped when processing a post gives other output within one bundle format (2: heading anchors),
 * so a cache kept from an older builder is not reused for unchanged posts.
 */
const PIPELINE_REVISION = 2

interface StoredCache {
  format: number
  revision?: number
  posts: [string, { stamp: string; result: ProcessedPost }][]
  pages: [string, string][]
}

/** The cache of the last build into `outDir`, or an empty one (missing, unreadable, other format). */
export async function loadBuildCache(outDir: string): Promise<BuildCache> {
  try {
    const stored = JSON.parse(await readFile(join(outDir, CACHE_FILE), 'utf8')) as StoredCache
    if (
      stored.format !== FORMAT_VERSION ||
      stored.revision !== PIPELINE_REVISION ||
      !Array.isArray(stored.posts)
    )
      return createBuildCache()
    return { posts: new Map(stored.posts), pages: new Map(stored.pages) }
  } catch {
    return createBuildCache()
  }
}

export async function saveBuildCache(outDir: string, cache: BuildCache): Promise<void> {
  const stored: StoredCache = {
    format: FORMAT_VERSION,
    revision: PIPELINE_REVISION,
    posts: [...cache.posts],
    pages: [...cache.pages],
  }
  await writeAtomic(join(outDir, CACHE_FILE), JSON.stringify(stored))
}
