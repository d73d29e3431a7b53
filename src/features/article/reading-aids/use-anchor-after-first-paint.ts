import type { RefObject } from 'react'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { anchorOf, findHeading } from '../../../lib/article-core/toc-entries'

/**
 * A share page opened at `#heading`: the app's first commit scrolls to the anchor while the first
 * paint (src/first-paint) still stands in for the article, then drops it (useDropSnapshot, a
 * layout effect of the layout, after this view's). The app's own page can differ below the meta
 * line (the contents block), so the anchor is found again once the first paint is gone: in a
 * passive effect, which runs after every layout effect of that commit.
 */
export function useAnchorAfterFirstPaint(article: RefObject<HTMLElement | null>) {
  const { hash } = useLocation()
  const replacing = useRef(false)
  useLayoutEffect(() => {
    replacing.current = document.getElementById('snapshot') !== null
  }, [])
  useEffect(() => {
    if (!replacing.current) return
    replacing.current = false
    const id = anchorOf(hash)
    if (id) findHeading(article.current, id)?.scrollIntoView()
  }, [article, hash])
}
