import { describe, expect, it } from 'vitest'
import {
  FITTED,
  MAX_SCALE,
  SWIPE_DISTANCE,
  classifySwipe,
  clampView,
  step,
  zoomAbout,
} from '../gestures'

/** A 300×200 picture fitted on a 400×600 stage. */
const BOUNDS = { width: 300, height: 200, stageWidth: 400, stageHeight: 600 }

describe('classifySwipe', () => {
  it('reads a long sideways drag as the next or the previous picture', () => {
    expect(classifySwipe(-SWIPE_DISTANCE, 5, 1000)).toBe('next')
    expect(classifySwipe(SWIPE_DISTANCE + 40, -10, 1000)).toBe('previous')
  })
  it('reads a drag downwards as close, and upwards as nothing', () => {
    expect(classifySwipe(8, 200, 400)).toBe('close')
    expect(classifySwipe(0, -200, 400)).toBeNull()
  })
  it('takes a short flick when it is fast, not when it is slow', () => {
    expect(classifySwipe(-30, 0, 50)).toBe('next')
    expect(classifySwipe(-30, 0, 500)).toBeNull()
  })
  it('ignores diagonal drags and small movements', () => {
    expect(classifySwipe(-100, 90, 200)).toBeNull()
    expect(classifySwipe(-10, 2, 20)).toBeNull()
  })
})

describe('clampView', () => {
  it('keeps the scale between fitted and the maximum', () => {
    expect(clampView({ scale: 0.2, x: 0, y: 0 }, BOUNDS).scale).toBe(1)
    expect(clampView({ scale: 99, x: 0, y: 0 }, BOUNDS).scale).toBe(MAX_SCALE)
  })
  it('lets a fitted picture not move at all', () => {
    expect(clampView({ scale: 1, x: 50, y: -30 }, BOUNDS)).toEqual({ scale: 1, x: 0, y: 0 })
  })
  it('pans a zoomed picture only as far as its edges reach the stage’s', () => {
    // At 2×: 600×400 over 400×600; 100 px to spare sideways, none upright.
    expect(clampView({ scale: 2, x: 500, y: 500 }, BOUNDS)).toEqual({ scale: 2, x: 100, y: 0 })
    expect(clampView({ scale: 2, x: -40, y: 0 }, BOUNDS)).toEqual({ scale: 2, x: -40, y: 0 })
  })
})

describe('zoomAbout', () => {
  it('zooms about the centre without moving the picture', () => {
    expect(zoomAbout(FITTED, 2, { x: 0, y: 0 }, BOUNDS)).toEqual({ scale: 2, x: 0, y: 0 })
  })
  it('keeps the spot under the fingers where it was', () => {
    // The spot 50 px right of the centre: at 2× it would be 100 px right unless the picture moves.
    const view = zoomAbout(FITTED, 2, { x: 50, y: 0 }, BOUNDS)
    expect(view).toEqual({ scale: 2, x: -50, y: 0 })
    expect(view.x + 2 * 50).toBe(50)
  })
  it('stops at the limits, and zooming out all the way recentres', () => {
    expect(zoomAbout({ scale: 3, x: 0, y: 0 }, 10, { x: 0, y: 0 }, BOUNDS).scale).toBe(MAX_SCALE)
    expect(zoomAbout({ scale: 2, x: 80, y: 0 }, 0.1, { x: 30, y: 10 }, BOUNDS)).toEqual(FITTED)
  })
})

describe('step', () => {
  it('goes round at either end', () => {
    expect(step(2, 1, 3)).toBe(0)
    expect(step(0, -1, 3)).toBe(2)
    expect(step(1, 1, 3)).toBe(2)
  })
})
