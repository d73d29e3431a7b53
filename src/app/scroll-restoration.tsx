import { useEffect, useLayoutEffect, useRef } from 'react'
import type { Location } from 'react-router'
import { useLocation, useNavigationType } from 'react-router'

const STORAGE_KEY = 'broadsheet.scroll'

/** Asks the next render not to move the page (react-router's preventScrollReset, for our copy). */
export const KEEP_SCROLL = { keepScroll: true }

const keepsScroll = (location: Location) =>
  (location.state as { keepScroll?: boolean } | null)?.keepScroll === true

function findAnchor(id: string): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(id))
  } catch {
    // A malformed %-escape in a shared link: no anchor, rather than a broken page.
    return document.getElementById(id)
  }
}

function readSaved(): Map<string, number> {
  try {
    return new Map(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as [string, number][])
  } catch {
    return new Map()
  }
}

/**
 * Back and Forward return to where the reader was; a new page starts at the top (or at its
 * #anchor). What react-router's <ScrollRestoration> does for us, in a quarter of its bytes: the
 * home page's JavaScript budget is tight (issue 3).
 */
export function ScrollRestoration() {
  const location = useLocation()
  const action = useNavigationType()
  const saved = useRef<Map<string, number> | null>(null)
  const key = useRef(location.key)

  useEffect(() => {
    history.scrollRestoration = 'manual'
    const positions = (saved.current ??= readSaved())
    let frame = 0
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => positions.set(key.current, window.scrollY))
    }
    // A reload comes back to the same place, as the browser's own restoration would.
    const onPageHide = () => {
      positions.set(key.current, window.scrollY)
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-100)))
      } catch {
        // No storage: positions last as long as the page.
      }
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', onPageHide)
    return () => {
      cancelAnimationFrame(frame)
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', onPageHide)
    }
  }, [])

  useLayoutEffect(() => {
    const positions = (saved.current ??= readSaved())
    key.current = location.key
    const position = action === 'POP' ? positions.get(location.key) : undefined
    const target = location.hash ? findAnchor(location.hash.slice(1)) : null
    // Statements, not `return scrollTo(…)`: newer Chromium returns a promise from the scroll
    // methods, and React would take it for the effect's cleanup.
    if (position !== undefined) window.scrollTo(0, position)
    else if (target) target.scrollIntoView()
    else if (action !== 'POP' && !keepsScroll(location)) window.scrollTo(0, 0)
  }, [location, action])

  return null
}
