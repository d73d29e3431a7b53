import type { RefObject } from 'react'
import { useEffect, useState } from 'react'
import type { TocEntry } from '../../../lib/article-core/toc-entries'
import { findHeading } from '../../../lib/article-core/toc-entries'

/** A section is the current one once its heading passes this line, a third down the viewport. */
const LINE = 0.3

const onScreen = (box: DOMRect) => box.bottom > 0 && box.top < window.innerHeight
const atEnd = () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2

/**
 * The id of the section on screen (scroll-spy): the last heading above the line. Observers only
 * say when a heading crosses the line or the screen's edge; the answer is then read from the
 * headings' boxes, which also covers a jump past several at once. The section an anchor led to
 * (`target`) stays current while its heading is on screen above the line, though a subsection's
 * heading right under it has passed the line too; and, with the page scrolled to its end, while on
 * screen at all, since near the end a heading cannot scroll up to the line.
 */
export function useActiveHeading(
  article: RefObject<HTMLElement | null>,
  entries: readonly TocEntry[],
  target?: string,
): string | undefined {
  const [active, setActive] = useState<string>()
  useEffect(() => {
    const headings = entries
      .map((entry) => findHeading(article.current, entry.id))
      .filter((h): h is HTMLElement => h !== null)
    if (headings.length === 0 || typeof IntersectionObserver !== 'function') return undefined
    const targeted = headings.find((h) => h.id === target)
    const update = () => {
      const line = window.innerHeight * LINE
      let current: string | undefined
      for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h.id
      const box = targeted?.getBoundingClientRect()
      if (box && onScreen(box) && (box.top <= line || atEnd())) current = target
      setActive(current)
    }
    const crossing = new IntersectionObserver(update, {
      rootMargin: `0px 0px -${(1 - LINE) * 100}% 0px`,
    })
    for (const h of headings) crossing.observe(h)
    const screen = new IntersectionObserver(update)
    if (targeted) screen.observe(targeted)
    return () => {
      crossing.disconnect()
      screen.disconnect()
    }
  }, [article, entries, target])
  return active
}
