import type { CategoryNode } from '../bundle/format'

/** The node at `path` (names from the top), or null when any level is unknown. */
export function findCategoryNode(
  roots: readonly CategoryNode[],
  path: readonly string[],
): CategoryNode | null {
  let level = roots
  let node: CategoryNode | null = null
  for (const name of path) {
    node = level.find((n) => n.name === name) ?? null
    if (!node) return null
    level = node.children
  }
  return node
}

/** A stable key for a path; names cannot contain a NUL. */
export const categoryKey = (path: readonly string[]) => path.join('\u0000')

/** True when `path` starts with `prefix` (so the node at `prefix` is on the way to `path`). */
export function isPathPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((name, i) => path[i] === name)
}
