import { useQueryClient } from '@tanstack/react-query'
import { lazy, memo, Suspense, useCallback, useMemo } from 'react'
import { useLocation } from 'react-router'
import type { CategoryNode } from '../../../bundle/format'
import { useEntry } from '../../../lib/api/get-entry'
import { useTree } from '../../../lib/api/get-tree'
import { categoryKey, isPathPrefix } from '../../../lib/category-tree'
import { useT } from '../../../lib/i18n/locale'
import { decodeListContext } from '../../../lib/list-context-codec'
import { parseCategoryPathname } from '../../../lib/core/paths'
import { messages } from '../messages'
import { useToggle, useToggles } from '../tree-toggles'
import { visibleRows } from '../visible-rows'
import { FlatTreeItem, TreeIntent, TreeRow } from './tree-row'
import './category-tree.css'

// Its own chunk (outside the side columns' folder): only a tree opened past VIRTUAL_FROM rows needs it.
const VirtualTree = lazy(() => import('../virtual-tree').then((m) => ({ default: m.VirtualTree })))

/**
 * Above this many rows on show, only those on screen are drawn: every branch of a 1,100-node
 * tree open took 190 ms to render and 700 ms to the next frame (docs/benchmarks.md).
 */
const VIRTUAL_FROM = 200

/** What shows while the on-screen-only tree's code loads: its first rows, drawn flat. */
const FIRST_ROWS = 40

/** The category being shown: from a category URL, or from the list an article was opened from. */
function useCurrentPath(): string[] {
  const { pathname, search } = useLocation()
  const fromUrl = parseCategoryPathname(pathname)
  const ctx = !fromUrl && pathname.startsWith('/article/') ? decodeListContext(search) : null
  const path = fromUrl ?? (ctx?.kind === 'category' ? ctx.path : NO_PATH)
  const key = categoryKey(path)
  // The same array while the category stays the same, so memoized nodes can skip rendering.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => path, [key])
}

const NO_PATH: string[] = []

// One path array per node for the life of the tree data, so a node's props stay equal.
const childPaths = new WeakMap<CategoryNode, string[]>()
function childPath(parent: string[], child: CategoryNode): string[] {
  let path = childPaths.get(child)
  if (!path) childPaths.set(child, (path = [...parent, child.name]))
  return path
}

interface NodeProps {
  node: CategoryNode
  path: string[]
  current: string[]
}

/**
 * Memoized: navigating re-renders only the nodes on the old and the new current path (the rest
 * get NO_PATH as `current`, so their props do not change), and a toggle only its own node.
 */
const TreeNode = memo(function TreeNode({ node, path, current }: NodeProps) {
  const key = categoryKey(path)
  const toggle = useToggle(key)
  const onPath = current.length > 0 && isPathPrefix(path, current)
  const isCurrent = onPath && path.length === current.length
  // The current node and its ancestors start open; the reader's own toggles win.
  const open = node.children.length > 0 && (toggle ?? onPath)
  return (
    <li>
      <TreeRow row={{ node, path, key, open, onPath, isCurrent }} />
      {open && (
        <ul>
          {node.children.map((child) => (
            <TreeNode
              key={child.name}
              node={child}
              path={childPath(path, child)}
              current={onPath ? current : NO_PATH}
            />
          ))}
        </ul>
      )}
    </li>
  )
})

/**
 * Collapsible and reaching every level. Collapsed branches are not rendered, and a tree opened
 * past VIRTUAL_FROM rows draws the rows on screen only, so big trees stay cheap.
 */
export function CategoryTree() {
  const t = useT(messages)
  const entry = useEntry()
  const tree = useTree(entry.tree)
  const current = useCurrentPath()
  const toggles = useToggles()
  const rows = useMemo(() => visibleRows(tree.roots, current, toggles), [tree, current, toggles])
  // Lists live in shards apart from the tree (the first load skips them): start the one a
  // category needs when the reader points at it, not when the tree appears. Its code too.
  const qc = useQueryClient()
  const onIntent = useCallback(
    (path: string[]) =>
      void import('../../../lib/api/get-category-list').then((m) =>
        m.prefetchCategoryList(qc, tree, path),
      ),
    [qc, tree],
  )
  const nested = (
    <ul className="tree" lang={entry.site.language}>
      {tree.roots.map((node) => (
        <TreeNode
          key={node.name}
          node={node}
          path={childPath(NO_PATH, node)}
          current={current[0] === node.name ? current : NO_PATH}
        />
      ))}
    </ul>
  )
  return (
    <TreeIntent value={onIntent}>
      <nav className="category-tree" aria-label={t('categories')}>
        <h2 className="column-heading">{t('categories')}</h2>
        {rows.length > VIRTUAL_FROM ? (
          <Suspense
            fallback={
              <ul className="tree tree-flat" lang={entry.site.language}>
                {rows.slice(0, FIRST_ROWS).map((row, index) => (
                  <FlatTreeItem key={row.key} row={row} index={index} />
                ))}
              </ul>
            }
          >
            <VirtualTree rows={rows} lang={entry.site.language} />
          </Suspense>
        ) : (
          nested
        )}
      </nav>
    </TreeIntent>
  )
}
