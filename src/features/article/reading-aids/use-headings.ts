import type { RefObject } from 'react'
import { useLayoutEffect, useState } from 'react'

export interface TocEntry {
  /** The heading's anchor, given by the builder (src/builder/clean/heading-ids.ts). */
  id: string
  heading: HTMLElement
  text: string
  /** 0 for the body's top heading level, 1 for anything below it: two levels read as an outline. */
  depth: 0 | 1
}

/** Section headings only: h5 and h6 are run-in labels in scraped news, not sections. */
const SELECTOR = '.article-body :is(h1, h2, h3, h4)[id]'

/**
 * The rendered body's anchored headings, read from the DOM the sanitizer left, so the contents
 * list only what is really there. A layout effect: the list is drawn before the first paint.
 */
export function useHeadings(article: RefObject<HTMLElement | null>, html: string): TocEntry[] {
  const [entries, setEntries] = useState<TocEntry[]>([])
  useLayoutEffect(() => {
    const found = Array.from(article.current?.querySelectorAll<HTMLElement>(SELECTOR) ?? [])
    const levels = found.map((h) => Number(h.localName.slice(1)))
    const top = Math.min(...levels)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- measuring the DOM before paint, React's own use for layout effects
    setEntries(
      found.map((h, i) => ({
        id: h.id,
        heading: h,
        text: (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
        depth: levels[i] === top ? 0 : 1,
      })),
    )
  }, [article, html])
  return entries
}
