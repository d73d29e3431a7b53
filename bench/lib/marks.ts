/**
 * Marks on screen, desktop, no throttling, for a returning reader (the device has marked and saved
 * before, so the reading store loads after the first paint and looks the page's marks up):
 * - read: from the click on an entry's "mark as read" to the frame that shows it read;
 * - save: the same for its star, to the frame that shows it pressed;
 * each of the first page's entries once. Then `scale`: the same page's lookup of its marks (from
 * navigation to every entry showing its mark) with no marks stored and with 100,000, and a mark
 * read with 100,000 stored.
 */
import type { Browser, Page } from '@playwright/test'
import { newContext } from './browser-context'

type Figure = { median: number; p90: number; n: number }
const SCALE_MARKS = 100_000

function summary(times: number[]): Figure {
  times.sort((a, b) => a - b)
  const at = (q: number) =>
    Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0)
  return { median: at(0.5), p90: at(0.9), n: times.length }
}

async function returningReader(browser: Browser, origin: string) {
  const context = await newContext(browser)
  await context.addInitScript(() => {
    localStorage.setItem('broadsheet.read', '1')
    localStorage.setItem('broadsheet.saved', '1')
  })
  const page = await context.newPage()
  return { context, page, home: () => openHome(page, origin) }
}

/** Home, until every entry shows its looked-up read mark; the time that took from navigation. */
async function openHome(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/`)
  const handle = await page.waitForFunction(
    () => {
      const all = document.querySelectorAll('#root main .entry')
      const marked = document.querySelectorAll('#root main .entry[data-read]')
      return all.length > 0 && marked.length === all.length && performance.now()
    },
    undefined,
    { polling: 'raf' },
  )
  return Math.round((await handle.jsonValue()) as number)
}

async function timeToggles(page: Page, button: string, shown: string): Promise<Figure> {
  const entries = page.locator('#root main .entry')
  const n = await entries.count()
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const entry = entries.nth(i)
    await entry.scrollIntoViewIfNeeded()
    const done = entry.evaluate(
      (li, selector) =>
        new Promise<number>((resolve) => {
          let start = -1
          li.addEventListener('click', () => (start = performance.now()), { capture: true })
          const check = () => {
            if (start >= 0 && li.matches(selector))
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
            else requestAnimationFrame(check)
          }
          requestAnimationFrame(check)
        }),
      shown,
    )
    await entry.locator(button).click()
    times.push(await done)
  }
  return summary(times)
}

export async function measureMarks(browser: Browser, origin: string) {
  const { context, page, home } = await returningReader(browser, origin)
  await home()
  const read = await timeToggles(page, '.read-toggle', "[data-read='true']")
  const save = await timeToggles(page, '.save-toggle', ":has(.save-toggle[aria-pressed='true'])")
  await context.close()
  return { read, save, scale: await measureScale(browser, origin) }
}

async function medianOf(run: () => Promise<number>, n = 5) {
  const times: number[] = []
  for (let i = 0; i < n; i++) times.push(await run())
  return summary(times).median
}

/** Lookups stay O(page): the same page with no marks stored and with SCALE_MARKS. */
async function measureScale(browser: Browser, origin: string) {
  const { context, page, home } = await returningReader(browser, origin)
  await home()
  const empty = await medianOf(home)
  const fill = await page.evaluate(async (count) => {
    const started = performance.now()
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('broadsheet-reading')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const tx = db.transaction('read', 'readwrite')
    const at = Date.now()
    for (let i = 0; i < count; i++) tx.objectStore('read').put({ id: `bench-${i}`, at: at - i })
    await new Promise((resolve) => (tx.oncomplete = resolve))
    db.close()
    return Math.round(performance.now() - started)
  }, SCALE_MARKS)
  // Let the database settle after a write of that size (its log is compacted in the background).
  await page.waitForTimeout(3000)
  const full = await medianOf(home)
  const read = await timeToggles(page, '.read-toggle', "[data-read='true']")
  await context.close()
  return { marks: SCALE_MARKS, fillMs: fill, lookupEmptyMs: empty, lookupFullMs: full, read }
}
