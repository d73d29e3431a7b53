import { createHash } from 'node:crypto'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { boxes, holdScripts, recordFrames } from './support/stand-in'

// index.html carries a build-time snapshot of the home page's first list page (issue 5: the
// first paint waits for no JavaScript). It must show only where it is right, look exactly like
// the app, and give way to the app without a frame of both or neither.

const ALL_SCRIPTS = /\/_app\/.*\.js$/

/** The boxes of the first visible list titles: the snapshot's and the app's must be equal. */
const titleBoxes = (page: Page, scope: string) => boxes(page, scope, ['.entries .entry-title'], 6)

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`the home page paints its list before the app runs, then the app takes over in place (${viewport.width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    const release = await holdScripts(page, ALL_SCRIPTS)
    await page.goto('/', { waitUntil: 'commit' })
    const snapshotTitles = page
      .locator('#snapshot .entries .entry-title a')
      .filter({ visible: true })
    await expect(snapshotTitles).toHaveCount(20)
    await expect(page.locator('#root')).toBeHidden()
    await expect(page.locator('#snapshot h1').filter({ visible: true })).toHaveText('最新文章')
    const before = await titleBoxes(page, '#snapshot')
    const firstTitle = await snapshotTitles.first().textContent()

    release()
    const appTitles = page.locator('#root .entries .entry-title a')
    await expect(appTitles).toHaveCount(20)
    await expect(page.locator('#snapshot')).toHaveCount(0)
    await expect(page.getByRole('main')).toHaveCount(1)
    await expect(appTitles.first()).toHaveText(firstTitle ?? '')
    expect(await titleBoxes(page, '#root')).toEqual(before)
  })
}

test('no frame shows both the snapshot and the app, nor neither', async ({ page }) => {
  // Every animation frame until the app has settled: the list is on screen in each one.
  const frames = await recordFrames(page, '.entry-title')
  await page.goto('/')
  await expect(page.locator('#root .entries .entry-title a')).toHaveCount(20)
  const seen = await frames()
  const painted = seen.filter((f) => f !== '0/0')
  expect(painted.length).toBeGreaterThan(0)
  // Until the list is whole, the HTML is still arriving: frames show nothing yet, or a part of
  // the snapshot that only grows, and none of the app. From then on, every frame is whole.
  const whole = seen.findIndex((f) => f === '20/0' || f === '0/20')
  expect(whole).toBeGreaterThanOrEqual(0)
  const parsing = seen.slice(0, whole).map((f) => f.split('/').map(Number))
  for (const [i, [snapshot, app]] of parsing.entries()) {
    expect(app).toBe(0)
    expect(snapshot).toBeGreaterThanOrEqual(parsing[i - 1]?.[0] ?? 0)
  }
  for (const frame of seen.slice(whole)) expect(['20/0', '0/20']).toContain(frame)
})

test('pages other than the first home page never show the snapshot', async ({ page }) => {
  const release = await holdScripts(page, ALL_SCRIPTS)
  for (const path of ['/?page=2', '/archive', '/category/金融', '/no/such/page']) {
    await page.goto(path, { waitUntil: 'commit' })
    await page.waitForSelector('#root', { state: 'attached' })
    await expect(page.locator('html')).not.toHaveAttribute('data-show-snapshot', '')
    await expect(page.locator('#snapshot .entries').first()).toBeHidden()
  }
  release()
})

test('a reader who chose another language than the site’s gets no snapshot in the wrong one', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('broadsheet.locale', 'en'))
  const release = await holdScripts(page, ALL_SCRIPTS)
  await page.goto('/', { waitUntil: 'commit' })
  await page.waitForSelector('#root', { state: 'attached' })
  await expect(page.locator('#snapshot .entries').first()).toBeHidden()
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Latest' })).toBeVisible()
})

test('a reader with an article to continue gets no snapshot: the app keeps room for the strip', async ({
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('broadsheet.continue', '1'))
  const release = await holdScripts(page, ALL_SCRIPTS)
  await page.goto('/', { waitUntil: 'commit' })
  await page.waitForSelector('#root', { state: 'attached' })
  await expect(page.locator('html')).not.toHaveAttribute('data-show-snapshot', '')
  release()
  await expect(page.locator('#root .continue-slot')).toBeVisible()
})

test('404.html and the share pages carry no snapshot', async ({ request }) => {
  const home = await (await request.get('/')).text()
  expect(home).toContain('id="snapshot"')
  const notFound = await (await request.get('/404.html')).text()
  expect(notFound).not.toContain('id="snapshot"')
  // The home page's own hint (its first list page) stays on the home page.
  expect(home).toMatch(/<link rel="preload" href="\/data\/lists\/[\w-]+\.json\.gz"/)
  expect(notFound).not.toContain('/data/lists/')
  const ids = [...home.matchAll(/href="\/article\/([\w-]+)[?"]/g)].map((m) => m[1])
  expect(ids.length).toBeGreaterThan(0)
  const share = await (await request.get(`/article/${ids[0]}.html`)).text()
  expect(share).toContain('og:title')
  expect(share).not.toContain('id="snapshot"')
  // The service worker precaches this very index.html, snapshot included, not the one Vite built.
  const sw = await (await request.get('/sw.js')).text()
  const revision = createHash('md5').update(home).digest('hex')
  expect(sw).toContain(`{"revision":"${revision}","url":"index.html"}`)
})
