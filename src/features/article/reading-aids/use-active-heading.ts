import { useEffect, useState } from 'react'
import type { TocEntry } from './use-headings'

/** A section is the current one once its heading passes this line, a third down the viewport. */
const LINE = 0.3

const onScreen = (box: DOMRect) => box.bottom > 0 && box.top < window.innerHeight

/**
 * The id of the section on screen (scroll-spy): the last heading above the line. Observers only
 * say when a heading crosses the line or the screen's edge; the answer is then read from the
 * headings' boxes, which also covers a jump past several at once. The section an anchor led to
 * (`target`) counts as current while it is on screen: near the end of a page a heading cannot
 * scroll up to the line.
 */
export function useActiveHeading(
  entries: readonly TocEntry[],
  target?: string,
): string | undefined {
  const [active, setActive] = useState<string>()
  useEffect(() => {
    const headings = entries.map((entry) => entry.heading)
    if (headings.length === 0 || typeof IntersectionObserver !== 'function') return undefined
    const targeted = headings.find((h) => h.id === target)
    const update = () => {
      const line = window.innerHeight * LINE
      let current: string | undefined
      for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h.id
      if (targeted && onScreen(targeted.getBoundingClientRect())) current = targeted.id
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
  }, [entries, target])
  return active
}
