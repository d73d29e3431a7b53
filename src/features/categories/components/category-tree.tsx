import type { CSSProperties } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { memo, useCallback, useMemo, useState } from 'react'
import { useLocation } from 'react-router'
import { Link } from '../../../components/link'
import type { CategoryNode } from '../../../bundle/format'
import { useEntry } from '../../../lib/api/get-entry'
import { useTree } from '../../../lib/api/get-tree'
import { categoryKey, isPathPrefix } from '../../../lib/category-tree'
import { useT } from '../../../lib/i18n/locale'
import { decodeListContext } from '../../../lib/list-context-codec'
import { parseCategoryPathname, paths } from '../../../lib/core/paths'
import { messages } from '../messages'
import './category-tree.css'

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
  toggled: Record<string, boolean>
  onToggle: (key: string, open: boolean) => void
  /** A pointer over a link, or focus on it: the reader may open it next. */
  onIntent: (path: string[]) => void
}

/**
 * Memoized: navigating re-renders only the nodes on the old and the new current path (the rest
 * get NO_PATH as `current`, so their props do not change), not every open node of the tree.
 */
const TreeNode = memo(function TreeNode({
  node,
  path,
  current,
  toggled,
  onToggle,
  onIntent,
}: NodeProps) {
  const t = useT(messages)
  const key = categoryKey(path)
  const onPath = current.length > 0 && isPathPrefix(path, current)
  const isCurrent = onPath && path.length === current.length
  const hasChildren = node.children.length > 0
  // The current node and its ancestors start open; the reader's own toggles win.
  const open = hasChildren && (toggled[key] ?? onPath)
  return (
    <li>
      <div
        className={`tree-row${onPath ? ' on-path' : ''}`}
        style={{ '--depth': path.length - 1 } as CSSProperties}
      >
        {hasChildren ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-label={t('toggle', { name: node.name })}
            onClick={() => onToggle(key, !open)}
          >
            <svg aria-hidden="true" viewBox="0 0 10 10" width="10" height="10">
              <path d="M3 1.5 7 5l-4 3.5z" fill="currentColor" />
            </svg>
          </button>
        ) : (
          <span className="disclosure-spacer" />
        )}
        <Link
          to={paths.category(path)}
          aria-current={isCurrent ? 'page' : undefined}
          onPointerEnter={() => onIntent(path)}
          onFocus={() => onIntent(path)}
        >
          {node.name}
        </Link>
        <span className="count">{node.n}</span>
      </div>
      {open && (
        <ul>
          {node.children.map((child) => (
            <TreeNode
              key={child.name}
              node={child}
              path={childPath(path, child)}
              current={onPath ? current : NO_PATH}
              toggled={toggled}
              onToggle={onToggle}
              onIntent={onIntent}
            />
          ))}
        </ul>
      )}
    </li>
  )
})

/** Collapsible and reaching every level; collapsed branches are not rendered, so big trees stay cheap. */
export function CategoryTree() {
  const t = useT(messages)
  const entry = useEntry()
  const tree = useTree(entry.tree)
  const current = useCurrentPath()
  const [toggled, setToggled] = useState<Record<string, boolean>>({})
  const onToggle = useCallback(
    (key: string, open: boolean) => setToggled((s) => ({ ...s, [key]: open })),
    [],
  )
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
  return (
    <nav className="category-tree" aria-label={t('categories')}>
      <h2 className="column-heading">{t('categories')}</h2>
      <ul className="tree" lang={entry.site.language}>
        {tree.roots.map((node) => (
          <TreeNode
            key={node.name}
            node={node}
            path={childPath(NO_PATH, node)}
            current={current[0] === node.name ? current : NO_PATH}
            toggled={toggled}
            onToggle={onToggle}
            onIntent={onIntent}
          />
        ))}
      </ul>
    </nav>
  )
}
