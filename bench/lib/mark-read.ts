/**
 * Marking an entry read, desktop, no throttling: from the click on an entry's "mark as read" to
 * the frame that shows it read, with the marks looked up and their code loaded (a reader who has
 * been on the page a moment). Each of the first page's entries once.
 */
import type { Browser } from '@playwright/test'
import { newContext } from './browser-context'

export async function measureMarkRead(
  browser: Browser,
  origin: string,
): Promise<{ median: number; p90: number; n: number }> {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.goto(`${origin}/`)
  const entries = page.locator('main .entry')
  await entries.first().waitFor()
  await page.waitForFunction(() => document.querySelector('main .entry[data-read]') !== null)
  const n = await entries.count()
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const entry = entries.nth(i)
    await entry.scrollIntoViewIfNeeded()
    const shown = entry.evaluate(
      (li) =>
        new Promise<number>((resolve) => {
          let start = -1
          li.addEventListener('click', () => (start = performance.now()), { capture: true })
          const check = () => {
            if (start >= 0 && li.getAttribute('data-read') === 'true')
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
            else requestAnimationFrame(check)
          }
          requestAnimationFrame(check)
        }),
    )
    await entry.locator('.read-toggle').click()
    times.push(await shown)
  }
  await context.close()
  times.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0)
  return { median: at(0.5), p90: at(0.9), n: times.length }
}
