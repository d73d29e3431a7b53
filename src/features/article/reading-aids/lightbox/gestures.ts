/** The lightbox's arithmetic, apart from the DOM: swipes, and the zoom and pan of a picture. */

export type Swipe = 'next' | 'previous' | 'close' | null

/** A drag this long (CSS px) is a swipe; so is a shorter flick at this speed (px per ms). */
export const SWIPE_DISTANCE = 60
const FLICK_DISTANCE = 24
const FLICK_SPEED = 0.4

/**
 * What a one-finger drag of the unzoomed picture means: sideways moves through the pictures
 * (leftwards to the next), downwards closes. A drag that is mostly diagonal means nothing.
 */
export function classifySwipe(dx: number, dy: number, ms: number): Swipe {
  const far = (d: number) =>
    d >= SWIPE_DISTANCE || (d >= FLICK_DISTANCE && d / Math.max(ms, 1) >= FLICK_SPEED)
  const [ax, ay] = [Math.abs(dx), Math.abs(dy)]
  if (ax > ay * 1.5 && far(ax)) return dx < 0 ? 'next' : 'previous'
  if (dy > ax * 1.5 && far(dy)) return 'close'
  return null
}

/** The picture's scale and its offset (px) from the centre of the stage. */
export interface View {
  scale: number
  x: number
  y: number
}

/** The picture's fitted size at scale 1 and the stage's size, in CSS px. */
export interface Bounds {
  width: number
  height: number
  stageWidth: number
  stageHeight: number
}

export const MIN_SCALE = 1
export const MAX_SCALE = 4
/** One press of a zoom button or key. */
export const ZOOM_STEP = 1.5
export const FITTED: View = { scale: 1, x: 0, y: 0 }

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n))

/** Keeps the scale within bounds, and the picture over the stage: no empty gap at an edge. */
export function clampView(view: View, b: Bounds): View {
  const scale = clamp(view.scale, MIN_SCALE, MAX_SCALE)
  const maxX = Math.max(0, (b.width * scale - b.stageWidth) / 2)
  const maxY = Math.max(0, (b.height * scale - b.stageHeight) / 2)
  // `|| 0`: no -0 offsets.
  return { scale, x: clamp(view.x, -maxX, maxX) || 0, y: clamp(view.y, -maxY, maxY) || 0 }
}

/**
 * Scales by `factor` about a point given from the stage's centre: the spot of the picture under
 * a pinch or a double tap stays where it is.
 */
export function zoomAbout(view: View, factor: number, at: { x: number; y: number }, b: Bounds) {
  const scale = clamp(view.scale * factor, MIN_SCALE, MAX_SCALE)
  const k = scale / view.scale
  return clampView({ scale, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k }, b)
}

/** The next picture's index, going round at either end. */
export const step = (index: number, by: number, count: number) =>
  (((index + by) % count) + count) % count
