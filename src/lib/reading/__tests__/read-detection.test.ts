import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { READ_AFTER_MS, createReadDetection } from '../read-detection'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('read detection', () => {
  it('counts an article read after a few seconds in view', () => {
    const onRead = vi.fn()
    createReadDetection(onRead, { visible: true })
    vi.advanceTimersByTime(READ_AFTER_MS - 1)
    expect(onRead).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(onRead).toHaveBeenCalledTimes(1)
  })

  it('does not count time while the page is hidden', () => {
    const onRead = vi.fn()
    const detection = createReadDetection(onRead, { visible: true })
    vi.advanceTimersByTime(3000)
    detection.setVisible(false)
    vi.advanceTimersByTime(60_000)
    expect(onRead).not.toHaveBeenCalled()
    detection.setVisible(true)
    vi.advanceTimersByTime(READ_AFTER_MS - 3000)
    expect(onRead).toHaveBeenCalledTimes(1)
  })

  it('counts it read at once when its end is reached, and only once', () => {
    const onRead = vi.fn()
    const detection = createReadDetection(onRead, { visible: false })
    detection.reachedEnd()
    detection.reachedEnd()
    vi.advanceTimersByTime(60_000)
    expect(onRead).toHaveBeenCalledTimes(1)
  })

  it('detects nothing once stopped (the reader marked it by hand)', () => {
    const onRead = vi.fn()
    const detection = createReadDetection(onRead, { visible: true })
    detection.stop()
    detection.reachedEnd()
    vi.advanceTimersByTime(60_000)
    expect(onRead).not.toHaveBeenCalled()
  })
})
