import { createHash } from 'node:crypto'
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'

// index.html carries a build-time snapshot of the home page's first list page (issue 5: the
// first paint waits for no JavaScript). It must show only where it is right, look exactly like
// the app, and give way to the app without a frame of both or neither.

/** Holds the app's code back until `release()`: what shows meanwhile is what HTML and CSS paint. */
async function holdScripts(page: Page) {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held
    await route.continue().catch(() => {})
  })
  return () => release()
}

/** The box of each visible list title, rounded: the snapshot's and the app's must be equal. */
const titleBoxes = (page: Page, scope: string) =>
  page.evaluate((scope) => {
    const titles = [...document.querySelectorAll(`${scope} .entries .entry-title`)]
    return titles
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .slice(0, 6)
      .map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(','))
  }, scope)

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`the home page paints its list before the app runs, then the app takes over in place (${viewport.width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    const release = await holdScripts(page)
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
  await page.addInitScript(() => {
    const frames: string[] = []
    ;(window as unknown as { __frames: string[] }).__frames = frames
    const visible = (selector: string) =>
      [...document.querySelectorAll(selector)].filter((e) => e.getBoundingClientRect().width > 0)
        .length
    const tick = () => {
      if (document.body)
        frames.push(`${visible('#snapshot .entry-title')}/${visible('#root .entry-title')}`)
      if (frames.length < 400) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  await page.goto('/')
  await expect(page.locator('#root .entries .entry-title a')).toHaveCount(20)
  const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames)
  const painted = frames.filter((f) => f !== '0/0')
  expect(painted.length).toBeGreaterThan(0)
  // Before the list's first paint there may be frames with nothing yet (the HTML still loading).
  const first = frames.findIndex((f) => f !== '0/0')
  for (const frame of frames.slice(first)) expect(['20/0', '0/20']).toContain(frame)
})

test('pages other than the first home page never show the snapshot', async ({ page }) => {
  const release = await holdScripts(page)
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
  const release = await holdScripts(page)
  await page.goto('/', { waitUntil: 'commit' })
  await page.waitForSelector('#root', { state: 'attached' })
  await expect(page.locator('#snapshot .entries').first()).toBeHidden()
  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Latest' })).toBeVisible()
})

test('404.html and the share pages carry no snapshot', async ({ request }) => {
  const home = await (await request.get('/')).text()
  expect(home).toContain('id="snapshot"')
  const notFound = await (await request.get('/404.html')).text()
  expect(notFound).not.toContain('id="snapshot"')
  expect(notFound).not.toContain('data-home')
  const ids = [...home.matchAll(/href="\/article\/([\w-]+)[?"]/g)].map((m) => m[1])
  expect(ids.length).toBeGreaterThan(0)
  const share = await (await request.get(`/article/${ids[0]}.html`)).text()
  expect(share).toContain('og:title')
  expect(share).not.toContain('id="snapshot"')
  // The service worker precaches this very index.html, snapshot included, not the one Vite built.
  const sw = await (await request.get('/sw.js')).text()
  const revision = createHash('md5').update(home).digest('hex')
  expect(sw).toContain(`{url:"index.html",revision:"${revision}"}`)
})
