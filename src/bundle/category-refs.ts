import type { CategoryNode, CategoryTree } from './format'

/** Where a category's list is: the node, the hash of its ref shard, and its index there. */
export interface CategoryLocation {
  node: CategoryNode
  /** Undefined only in a tree that names too few shards: a damaged bundle. */
  shard: string | undefined
  index: number
}

const sizeOf = (node: CategoryNode): number =>
  node.children.reduce((n, child) => n + sizeOf(child), 1)

/**
 * The node at `path` (names from the top) and where its list is, or null when any level is
 * unknown. Nodes are numbered depth first, parents before
 * children, as the builder stores their lists: the tree carries no per-node index.
 */
export function locateCategory(
  tree: CategoryTree,
  path: readonly string[],
): CategoryLocation | null {
  let level = tree.roots
  let node: CategoryNode | undefined
  let order = 0
  for (const name of path) {
    // Past the parent itself, to its first child.
    if (node) order += 1
    node = undefined
    for (const sibling of level) {
      if (sibling.name === name) {
        node = sibling
        break
      }
      order += sizeOf(sibling)
    }
    if (!node) return null
    level = node.children
  }
  if (!node) return null
  const per = Math.max(1, tree.refsPerShard)
  return { node, shard: tree.refShards[Math.floor(order / per)], index: order % per }
}
