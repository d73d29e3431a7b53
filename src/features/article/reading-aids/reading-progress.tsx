import type { RefObject } from 'react'
import { useEffect, useRef } from 'react'

/** How far through the article the reader is: 0 at the top of the page, 1 with its end in view
 * (or the page scrolled as far as it goes: what follows the article may be shorter than a screen). */
function progressThrough(article: HTMLElement): number {
  const bottom = article.getBoundingClientRect().bottom + window.scrollY
  const end = Math.min(
    bottom - window.innerHeight,
    document.documentElement.scrollHeight - window.innerHeight,
  )
  if (end <= 0) return 1
  return Math.min(1, Math.max(0, window.scrollY / end))
}

/**
 * A thin bar along the top of the window. Hidden from assistive technology (aria-hidden): it
 * repeats what the scroll position already tells, and a progressbar that changes on every scroll
 * would be announced again and again. Drawn through CSSOM, which the CSP allows (no style
 * attribute), once per frame at most. It follows the scroll without a transition, so there is no
 * motion to reduce.
 */
export function ReadingProgress({ article }: { article: RefObject<HTMLElement | null> }) {
  const bar = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let frame = 0
    const draw = () => {
      frame = 0
      if (article.current && bar.current)
        bar.current.style.transform = `scaleX(${progressThrough(article.current)})`
    }
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw)
    }
    draw()
    window.addEventListener('scroll', schedule, { passive: true })
    window.addEventListener('resize', schedule)
    // The body grows as its images arrive.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null
    if (article.current) observer?.observe(article.current)
    return () => {
      cancelAnimationFrame(frame)
      observer?.disconnect()
      window.removeEventListener('scroll', schedule)
      window.removeEventListener('resize', schedule)
    }
  }, [article])
  return (
    <div className="reading-progress" aria-hidden="true">
      <div ref={bar} className="reading-progress__bar" />
    </div>
  )
}
