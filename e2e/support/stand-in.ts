/**
 * For the specs of what stands in for the app until it runs (the home snapshot, the article first
 * paint): holding scripts back, the boxes to compare, and what each animation frame showed.
 */
import type { Page } from '@playwright/test'

/** Holds back the scripts matching `pattern` until `release()`: what shows meanwhile is the stand-in. */
export async function holdScripts(page: Page, pattern: RegExp) {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(pattern, async (route) => {
    await held
    await route.continue().catch(() => {})
  })
  return () => release()
}

/** The rounded boxes of the visible elements `selectors` match inside `scope`, in document order. */
export const boxes = (page: Page, scope: string, selectors: string[], limit = 40) =>
  page.evaluate(
    ({ scope, selectors, limit }) =>
      [...document.querySelectorAll(selectors.map((s) => `${scope} ${s}`).join(', '))]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.top < window.innerHeight)
        .slice(0, limit)
        .map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',')),
    { scope, selectors, limit },
  )

/** From the first frame on, notes `<in #snapshot>/<in #root>`: how many `selector` show in each. */
export async function recordFrames(page: Page, selector: string) {
  await page.addInitScript((selector) => {
    const frames: string[] = []
    ;(window as unknown as { __frames: string[] }).__frames = frames
    const visible = (scope: string) =>
      [...document.querySelectorAll(`${scope} ${selector}`)].filter(
        (e) => e.getBoundingClientRect().width > 0,
      ).length
    const tick = () => {
      if (document.body) frames.push(`${visible('#snapshot')}/${visible('#root')}`)
      if (frames.length < 400) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }, selector)
  return () => page.evaluate(() => (window as unknown as { __frames: string[] }).__frames)
}
