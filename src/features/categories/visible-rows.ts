import type { CategoryNode } from '../../bundle/format'
import { categoryKey, isPathPrefix } from '../../lib/category-tree'

/** One row of the tree as it shows: the node, where it sits, and whether it is open. */
export interface TreeRowData {
  node: CategoryNode
  path: string[]
  key: string
  open: boolean
  onPath: boolean
  isCurrent: boolean
  /** Its place among its siblings, from 1, and how many they are. */
  position: number
  siblings: number
}

/**
 * The rows an open tree shows, in order: every root, and the children of each open node. A node
 * is open when the reader opened it, or, untouched, when it is on the way to the current category.
 */
export function visibleRows(
  roots: readonly CategoryNode[],
  current: readonly string[],
  toggles: Readonly<Record<string, boolean>>,
): TreeRowData[] {
  const rows: TreeRowData[] = []
  const visit = (nodes: readonly CategoryNode[], parent: string[]) => {
    for (const [index, node] of nodes.entries()) {
      const path = [...parent, node.name]
      const key = categoryKey(path)
      const onPath = current.length > 0 && isPathPrefix(path, current)
      const open = node.children.length > 0 && (toggles[key] ?? onPath)
      const isCurrent = onPath && path.length === current.length
      rows.push({
        node,
        path,
        key,
        open,
        onPath,
        isCurrent,
        position: index + 1,
        siblings: nodes.length,
      })
      if (open) visit(node.children, path)
    }
  }
  visit(roots, [])
  return rows
}
