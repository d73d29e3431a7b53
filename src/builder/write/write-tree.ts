import type { CategoryNode, CategoryRefShard, CategoryTree, ListRef } from '../../bundle/format'
import { FORMAT_VERSION } from '../../bundle/format'
import { bundlePaths } from '../../bundle/paths'

/**
 * Lists per ref shard. The tree, which every wide first load reads, names each shard by a hash
 * that does not compress; opening a category reads one shard. 64 keeps both small.
 */
export const REFS_PER_SHARD = 64

/** Writes a file named by its content's hash, returning the hash. */
type WriteHashed = (path: (h: string) => string, value: unknown) => Promise<string>

/**
 * Writes the nodes' lists in ref shards, then the tree that names them, so the tree holds only
 * what the side column shows. Returns the tree's hash.
 */
export async function writeTree(
  roots: CategoryNode[],
  /** In node order: depth first, parents before children. */
  lists: ListRef[],
  hashed: WriteHashed,
): Promise<string> {
  const refShards: string[] = []
  for (let i = 0; i < lists.length; i += REFS_PER_SHARD) {
    const shard: CategoryRefShard = {
      format: FORMAT_VERSION,
      lists: lists.slice(i, i + REFS_PER_SHARD),
    }
    refShards.push(await hashed(bundlePaths.categoryRefs, shard))
  }
  const tree: CategoryTree = {
    format: FORMAT_VERSION,
    roots,
    refShards,
    refsPerShard: REFS_PER_SHARD,
  }
  return hashed(bundlePaths.tree, tree)
}
