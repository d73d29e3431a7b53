import type { APIRequestContext, BrowserContext, Page } from '@playwright/test'
import { chromium, expect } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error: a plain .mjs module shared with the npm script, no types.
import { CHROMIUM_ARGS, findBrowser } from '../../test-support/find-browser.mjs'
import { calendarWindows } from '../../src/bundle/calendar-windows'
import type { Calendar } from '../../src/bundle/format'
import { getBundleJson } from './bundle'

export interface Summary {
  id: string
  title: string
  excerpt: string
  description?: string
  date: string
  thumbnail?: string
  categories: string[][]
}
interface ListRef {
  h: string
  n: number
  start?: number
}
export interface Entry {
  site: { title: string; language: string }
  latest: ListRef
  calendar: string
  pageSize: number
}

/** The bundle as the build wrote it: the entry and every summary, newest first. */
export async function readBundle(request: APIRequestContext, base = '/') {
  const get = async <T>(path: string) => getBundleJson<T>(request, `${base}data/${path}`)
  const entry = await get<Entry>('entry.json')
  const pages = Math.ceil(entry.latest.n / entry.pageSize)
  const items: Summary[] = []
  for (let p = 1; p <= pages; p++) {
    items.push(...(await get<{ items: Summary[] }>(`lists/${entry.latest.h}-${p}.json.gz`)).items)
  }
  const calendar = calendarWindows(await get<Calendar>(`calendar/${entry.calendar}.json.gz`))
  const days = calendar.years.flatMap(({ y, months }) =>
    months.flatMap(({ m, days }) =>
      days.map(([d, list]) => ({
        path: `/archive/${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`,
        items: items.slice(list.start ?? 0, (list.start ?? 0) + list.n),
      })),
    ),
  )
  return { entry, items, days }
}

export const categoryPath = (path: string[]) =>
  `/category/${path.map(encodeURIComponent).join('/')}`

/** Until the service worker controls the page: from then on every request passes through it. */
export async function waitForController(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  })
}

/**
 * Until a cache (any, or the one named) holds a URL containing `part`: cache writes finish after
 * the response. Polled with `expect.poll`, because `waitForFunction` does not await an async
 * predicate: it takes the returned promise as a truthy value and returns at once.
 */
export async function waitForCached(page: Page, part: string, cacheName?: string) {
  await expect
    .poll(
      () =>
        page.evaluate(
          async ({ p, only }) => {
            for (const name of only ? [only] : await caches.keys()) {
              if (!(await caches.has(name))) continue
              const keys = await (await caches.open(name)).keys()
              if (keys.some((r) => r.url.includes(p))) return true
            }
            return false
          },
          { p: part, only: cacheName },
        ),
      { timeout: 20_000, intervals: [100, 200] },
    )
    .toBe(true)
}

/** Images inside `selector` that are on screen, and whether each has really loaded. */
export function visibleImages(page: Page, selector: string) {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLImageElement>(`${sel} img`)]
      .filter((img) => {
        const box = img.getBoundingClientRect()
        return box.bottom > 0 && box.top < window.innerHeight && box.width > 0
      })
      .map((img) => ({ src: img.currentSrc, loaded: img.complete && img.naturalWidth > 0 }))
  }, selector)
}

/**
 * A browser with a profile on disk: Chromium reports every page of an incognito-like context
 * (Playwright's usual one) as not installable, whatever the app does.
 */
export async function withPersistentContext<T>(
  baseURL: string,
  run: (context: BrowserContext) => Promise<T>,
) {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: (findBrowser() as string | null | undefined) ?? undefined,
    args: CHROMIUM_ARGS as string[],
    baseURL,
  })
  try {
    return await run(context)
  } finally {
    await context.close()
    await rm(dir, { recursive: true, force: true })
  }
}

/** Chromium's own installability verdict for the page: an empty list means installable. */
export async function installabilityErrors(page: Page): Promise<unknown[]> {
  const cdp = await page.context().newCDPSession(page)
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
  return installabilityErrors
}
