import { useVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import type { TreeRowData } from './visible-rows'
import { FlatTreeItem } from './components/tree-row'

/** A row's height before it is measured: the disclosure button's 28 px and the link's padding. */
const ROW_ESTIMATE = 30

/** The nearest ancestor that scrolls: the side column, or the drawer on a phone. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let el = element?.parentElement; el; el = el.parentElement) {
    if (/auto|scroll/.test(getComputedStyle(el).overflowY)) return el
  }
  return null
}

/** The open tree as one flat list, with only the rows on screen (and a few either side) in the DOM. */
export function VirtualTree({ rows, lang }: { rows: TreeRowData[]; lang: string }) {
  const list = useRef<HTMLUListElement>(null)
  const [scroller, setScroller] = useState<HTMLElement | null>(null)
  const [offset, setOffset] = useState(0)
  useLayoutEffect(() => {
    const parent = scrollParent(list.current)
    setScroller(parent)
    if (parent && list.current) {
      const top = list.current.getBoundingClientRect().top
      setOffset(top - parent.getBoundingClientRect().top + parent.scrollTop)
    }
  }, [])
  // Not compiled with the React Compiler; the virtualizer renders this component itself on scroll.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => rows[index]?.key ?? index,
    scrollMargin: offset,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const before = items.length > 0 ? items[0]!.start - offset : 0
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items.at(-1)!.end - offset) : 0
  return (
    <ul
      ref={list}
      className="tree tree-flat"
      data-virtual=""
      lang={lang}
      style={{ paddingTop: before, paddingBottom: after }}
    >
      {items.map((item) => (
        <FlatTreeItem
          key={item.key}
          ref={virtualizer.measureElement}
          row={rows[item.index]!}
          index={item.index}
        />
      ))}
    </ul>
  )
}
