import type { Bounds, Swipe, View } from './gestures'
import { FITTED, classifySwipe, clampView, zoomAbout } from './gestures'

interface Handlers {
  view: () => View
  bounds: () => Bounds
  /** Draws a view; `drag` moves the unzoomed picture along with a finger before a swipe. */
  draw: (view: View, drag?: { x: number; y: number }) => void
  zoom: (factor: number, at?: { x: number; y: number }) => void
  swipe: (to: Exclude<Swipe, null>) => void
  /** A tap beside the picture. */
  backdrop: () => void
}

type Point = { x: number; y: number }
const TAP_SLOP = 10
const DOUBLE_TAP_MS = 300
const DOUBLE_TAP_ZOOM = 2.5

/**
 * Mouse, pen and fingers through one set of Pointer Events on the stage: one pointer pans a
 * zoomed picture or swipes an unzoomed one; two pinch; a double tap zooms in and out; a tap
 * beside the picture closes. Returns a cleanup.
 */
export function followPointers(stage: HTMLElement, h: Handlers): () => void {
  const pointers = new Map<number, Point>()
  let start: { at: Point; time: number; view: View; pinched: boolean; bare: boolean } | null = null
  let pinch: { distance: number; view: View; mid: Point } | null = null
  let lastTap = { time: -Infinity, at: { x: 0, y: 0 } }

  const fromCentre = (p: Point) => {
    const box = stage.getBoundingClientRect()
    return { x: p.x - box.left - box.width / 2, y: p.y - box.top - box.height / 2 }
  }
  const pair = () => [...pointers.values()] as [Point, Point]
  const spread = ([a, b]: [Point, Point]) => Math.hypot(a.x - b.x, a.y - b.y)

  const down = (e: PointerEvent) => {
    if (e.button !== 0) return
    stage.setPointerCapture(e.pointerId)
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY })
    stage.classList.add('is-dragging')
    if (pointers.size === 1) {
      // Captured pointers report the stage as their target: whether the picture was hit is known now.
      const bare = e.target === stage
      start = {
        at: { x: e.clientX, y: e.clientY },
        time: e.timeStamp,
        view: h.view(),
        pinched: false,
        bare,
      }
    } else if (pointers.size === 2) {
      const [a, b] = pair()
      const mid = fromCentre({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 })
      pinch = { distance: spread([a, b]) || 1, view: h.view(), mid }
      if (start) start.pinched = true
    }
  }
  const move = (e: PointerEvent) => {
    if (!pointers.has(e.pointerId)) return
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY })
    if (pinch && pointers.size >= 2) {
      h.draw(zoomAbout(pinch.view, spread(pair()) / pinch.distance, pinch.mid, h.bounds()))
      return
    }
    if (!start || start.pinched) return
    const dx = e.clientX - start.at.x
    const dy = e.clientY - start.at.y
    if (start.view.scale > 1)
      h.draw(clampView({ ...start.view, x: start.view.x + dx, y: start.view.y + dy }, h.bounds()))
    else h.draw(FITTED, { x: dx, y: Math.max(0, dy) })
  }
  const up = (e: PointerEvent) => {
    if (!pointers.delete(e.pointerId)) return
    if (pointers.size > 0) {
      // The end of a pinch: the finger left behind pans from here.
      pinch = null
      const [rest] = pointers.values()
      start = { at: rest!, time: e.timeStamp, view: h.view(), pinched: true, bare: false }
      return
    }
    stage.classList.remove('is-dragging')
    const begun = start
    start = null
    pinch = null
    if (!begun || e.type === 'pointercancel') return h.draw(h.view())
    const dx = e.clientX - begun.at.x
    const dy = e.clientY - begun.at.y
    if (Math.hypot(dx, dy) < TAP_SLOP && !begun.pinched) return tap(e, begun.bare)
    const swipe =
      begun.view.scale > 1 || begun.pinched ? null : classifySwipe(dx, dy, e.timeStamp - begun.time)
    h.draw(h.view())
    if (swipe) h.swipe(swipe)
  }
  let closeOnClick = false
  const tap = (e: PointerEvent, bare: boolean) => {
    const at = { x: e.clientX, y: e.clientY }
    const double =
      e.timeStamp - lastTap.time < DOUBLE_TAP_MS &&
      Math.hypot(at.x - lastTap.at.x, at.y - lastTap.at.y) < TAP_SLOP * 3
    lastTap = double ? { time: -Infinity, at } : { time: e.timeStamp, at }
    // Closed by the click that follows: closed now, a tap's click would land on the article's
    // picture under the viewer, and open it again.
    closeOnClick = bare
    if (double && !bare) h.zoom(h.view().scale > 1 ? 0 : DOUBLE_TAP_ZOOM, fromCentre(at))
  }

  const click = () => {
    if (closeOnClick) h.backdrop()
    closeOnClick = false
  }
  const listeners = {
    pointerdown: down,
    pointermove: move,
    pointerup: up,
    pointercancel: up,
    click,
  }
  for (const [type, fn] of Object.entries(listeners))
    stage.addEventListener(type, fn as EventListener)
  return () => {
    for (const [type, fn] of Object.entries(listeners))
      stage.removeEventListener(type, fn as EventListener)
  }
}
