import type { CSSProperties } from 'react'
import { useState } from 'react'
import { Link, useLocation } from 'react-router'
import type { CategoryNode } from '../../../bundle/format'
import { useEntry } from '../../../lib/api/get-entry'
import { useTree } from '../../../lib/api/get-tree'
import { categoryKey, isPathPrefix } from '../../../lib/category-tree'
import { useT } from '../../../lib/i18n/locale'
import { decodeListContext } from '../../../lib/list-context-codec'
import { parseCategoryPathname, paths } from '../../../lib/paths'
import { messages } from '../messages'

/** The category being shown: from a category URL, or from the list an article was opened from. */
function useCurrentPath(): string[] {
  const { pathname, search } = useLocation()
  const fromUrl = parseCategoryPathname(pathname)
  if (fromUrl) return fromUrl
  const ctx = pathname.startsWith('/article/') ? decodeListContext(search) : null
  return ctx?.kind === 'category' ? ctx.path : []
}

interface NodeProps {
  node: CategoryNode
  path: string[]
  current: string[]
  toggled: Record<string, boolean>
  onToggle: (key: string, open: boolean) => void
}

function TreeNode({ node, path, current, toggled, onToggle }: NodeProps) {
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
        <Link to={paths.category(path)} aria-current={isCurrent ? 'page' : undefined}>
          {node.name}
        </Link>
        <span className="count">{node.list.n}</span>
      </div>
      {open && (
        <ul>
          {node.children.map((child) => (
            <TreeNode
              key={child.name}
              node={child}
              path={[...path, child.name]}
              current={current}
              toggled={toggled}
              onToggle={onToggle}
            />
          ))}
        </ul>
      )}
    </li>
  )
}

/** Collapsible and reaching every level; collapsed branches are not rendered, so big trees stay cheap. */
export function CategoryTree() {
  const t = useT(messages)
  const entry = useEntry()
  const tree = useTree(entry.tree)
  const current = useCurrentPath()
  const [toggled, setToggled] = useState<Record<string, boolean>>({})
  const onToggle = (key: string, open: boolean) => setToggled((s) => ({ ...s, [key]: open }))
  return (
    <nav className="category-tree" aria-label={t('categories')}>
      <h2 className="column-heading">{t('categories')}</h2>
      <ul className="tree" lang={entry.site.language}>
        {tree.roots.map((node) => (
          <TreeNode
            key={node.name}
            node={node}
            path={[node.name]}
            current={current}
            toggled={toggled}
            onToggle={onToggle}
          />
        ))}
      </ul>
    </nav>
  )
}
