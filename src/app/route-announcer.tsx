import { useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { keepsFocus } from '../lib/navigation-state'

/** Focuses the page's h1, or main when a page has none. */
export function focusPageHeading() {
  const target =
    document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main')
  if (!target) return
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1
  target.focus({ preventScroll: true })
}

/**
 * After every client-side navigation: focus moves to the new page's h1 and its title is read out,
 * as a full page load would. The first load keeps the browser's own behaviour, and so does a
 * navigation made in place (lib/navigation-state).
 */
export function RouteAnnouncer() {
  const { key, state } = useLocation()
  const [message, setMessage] = useState('')
  const firstKey = useRef(key)
  // Typing a search or choosing a filter: the page under the field announces its own results.
  const inPlace = keepsFocus(state)
  useEffect(() => {
    if (key === firstKey.current || inPlace) return
    // The new page may still be suspended (a skeleton, the old <title>): wait, frame by frame,
    // until its h1 is in, since PageHeading commits the h1 and the document title together.
    let frame = 0
    let frames = 0
    const settle = () => {
      const ready = document.querySelector('main h1') !== null
      if (!ready && ++frames < 300) {
        frame = requestAnimationFrame(settle)
        return
      }
      focusPageHeading()
      setMessage(document.title)
    }
    frame = requestAnimationFrame(settle)
    return () => cancelAnimationFrame(frame)
  }, [key, inPlace])
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  )
}
