import type { CSSProperties, Ref } from 'react'
import { createContext, useContext } from 'react'
import { Link } from '../../../components/link'
import { useT } from '../../../lib/i18n/locale'
import { paths } from '../../../lib/core/paths'
import { messages } from '../messages'
import { lastToggled, setToggle } from '../tree-toggles'
import type { TreeRowData } from '../visible-rows'

/** What pointing at or focusing a row's link starts: its category's list lookup. */
export const TreeIntent = createContext<(path: string[]) => void>(() => {})

/** A node's own line: its disclosure (or a spacer), its link and its count. */
export function TreeRow({ row }: { row: Omit<TreeRowData, 'position' | 'siblings'> }) {
  const t = useT(messages)
  const onIntent = useContext(TreeIntent)
  const { node, path, key, open, onPath, isCurrent } = row
  return (
    <div
      className={`tree-row${onPath ? ' on-path' : ''}`}
      style={{ '--depth': path.length - 1 } as CSSProperties}
    >
      {node.children.length > 0 ? (
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-label={t('toggle', { name: node.name })}
          onClick={() => setToggle(key, !open)}
          // Crossing between the drawn-in-full and the on-screen-only trees draws every row anew.
          ref={(button) => {
            const lost = document.activeElement === null || document.activeElement === document.body
            if (button && key === lastToggled && lost) button.focus({ preventScroll: true })
          }}
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
  )
}

/** A row of the flat tree: its level and its place among its siblings said for assistive technology. */
export function FlatTreeItem({
  row,
  index,
  ref,
}: {
  row: TreeRowData
  index: number
  ref?: Ref<HTMLLIElement>
}) {
  return (
    <li
      ref={ref}
      data-index={index}
      aria-level={row.path.length}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
    >
      <TreeRow row={row} />
    </li>
  )
}
