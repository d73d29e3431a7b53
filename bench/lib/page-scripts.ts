/** Scripts run in the page before any of the app's: lab vitals and when the side columns appear. */
import type { Page } from '@playwright/test'

export interface Vitals {
  lcpMs: number
  cls: number
  tbtMs: number
  /** What the last LCP entry painted (`img.class`, `h1.class`), and the images that loaded. */
  lcpElement?: string
  images?: { loaded: number; bytes: number }
  /** Each load's figures; the ones above are their medians. */
  runs?: Omit<Vitals, 'runs'>[]
}

/**
 * LCP: the last largest-contentful-paint entry. CLS: the largest session window (shifts less
 * than 1 s apart, at most 5 s long), as Chrome reports it. TBT: the part over 50 ms of every
 * long task after the first contentful paint, up to the moment we read it (Lighthouse stops at
 * time-to-interactive, so this is an upper bound).
 */
export const VITALS_SCRIPT = `(() => {
  const v = (window.__vitals = { lcp: 0, fcp: 0, cls: 0, tasks: [] })
  let session = 0, first = 0, last = 0
  const observe = (type, fn) => { try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }) } catch {} }
  observe('largest-contentful-paint', (e) => {
    v.lcp = e.renderTime || e.loadTime || e.startTime
    v.lcpElement = e.element ? (e.element.tagName.toLowerCase() + '.' + String(e.element.className).split(' ')[0]) : '(gone)'
  })
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') v.fcp = e.startTime })
  observe('longtask', (e) => { v.tasks.push([e.startTime, e.duration]) })
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return
    if (session && e.startTime - last < 1000 && e.startTime - first < 5000) session += e.value
    else { session = e.value; first = e.startTime }
    last = e.startTime
    v.cls = Math.max(v.cls, session)
  })
})()`

/** Records, on the page clock, when the category tree and the calendar first appear. */
export const COLUMNS_SCRIPT = `(() => {
  const shown = (window.__shown = {})
  const watch = { tree: '.category-tree .tree li', calendar: '.archive-sidebar' }
  const check = () => {
    for (const [name, selector] of Object.entries(watch))
      if (shown[name] === undefined && document.querySelector(selector)) shown[name] = performance.now()
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true })
})()`

export async function collectVitals(page: Page): Promise<Vitals> {
  return page.evaluate(() => {
    const v = (
      window as unknown as {
        __vitals: {
          lcp: number
          lcpElement?: string
          fcp: number
          cls: number
          tasks: [number, number][]
        }
      }
    ).__vitals
    // The image host sends Timing-Allow-Origin, so cross-origin sizes are readable.
    const images = performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'img')
      .map((e) => (e as PerformanceResourceTiming).transferSize)
      .filter((size) => size > 0)
    const tbt = v.tasks
      .filter(([start]) => start >= v.fcp)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0)
    return {
      lcpMs: Math.round(v.lcp),
      cls: Number(v.cls.toFixed(4)),
      tbtMs: Math.round(tbt),
      lcpElement: v.lcpElement ?? '',
      images: { loaded: images.length, bytes: images.reduce((sum, size) => sum + size, 0) },
    }
  })
}

/**
 * Render time of the side columns with their code and data already loaded: from the resize that
 * widens the page back to the columns layout to the tree and the calendar in the DOM (React's
 * render and commit of the whole layout, tree and calendar included).
 */
export const REMOUNT_SCRIPT = `(() => {
  let start = null
  const watch = { tree: '.category-tree .tree li', calendar: '.archive-sidebar' }
  addEventListener('resize', () => {
    if (innerWidth < 760) { start = null; return }
    if (start !== null) return
    start = performance.now()
    const took = (window.__remount = {})
    const observer = new MutationObserver(() => {
      for (const [name, selector] of Object.entries(watch))
        if (took[name] === undefined && document.querySelector(selector)) took[name] = performance.now() - start
      if (took.tree !== undefined && took.calendar !== undefined) observer.disconnect()
    })
    observer.observe(document.body, { childList: true, subtree: true })
  }, true)
})()`
