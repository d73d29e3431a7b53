import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { INERT_PARSE, record } from './support/hostile'
import { boxes, holdScripts, recordFrames } from './support/stand-in'

// A share page (article/<id>.html, what a host serves for /article/<id>) draws the article from
// its preloaded file before the app's script has arrived (src/first-paint; issue 5: LCP). It must
// look exactly like the app's article, sanitize as the app does, and give way without a frame
// of both or neither.

const ARTICLE = '/article/E7LUxSVr2fQn'

/** The app's entry chunk only: the first paint's own chunks still load. */
const APP = /\/_app\/index-[\w-]+\.js$/
const FIRST_PAINT = /\/_app\/first-paint-[\w-]+\.js$/

/** The hero, the headline, the meta line and the paragraphs on screen. */
const articleBoxes = (page: Page, scope: string) =>
  boxes(page, scope, ['.article-hero', '.article-title', '.article-meta', '.article-body p'])

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`a share page paints the article before the app runs, then the app takes over in place (${viewport.width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    const release = await holdScripts(page, APP)
    await page.goto(ARTICLE, { waitUntil: 'commit' })
    const title = page.locator('#snapshot .article-title')
    await expect(title).toBeVisible()
    await expect(page.locator('#root')).toBeHidden()
    await expect(page.locator('#snapshot .article-body p').first()).toBeVisible()
    await expect(page.locator('#snapshot .article-hero img')).toBeVisible()
    await expect(page.locator('#snapshot .article-meta')).toContainText('分钟读完')
    const before = await articleBoxes(page, '#snapshot')
    expect(before.length).toBeGreaterThan(3)
    const text = await title.textContent()

    release()
    await expect(page.locator('#root .article-title')).toHaveText(text ?? '')
    await expect(page.locator('#snapshot')).toHaveCount(0)
    await expect(page.getByRole('main')).toHaveCount(1)
    expect(await articleBoxes(page, '#root')).toEqual(before)
  })
}

test('a share page starts its header image with the page, and the article uses that one request', async ({
  page,
}) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))
  const response = await page.goto(ARTICLE)
  const href = /<link rel="preload" as="image" href="([^"]+)"/.exec(await response!.text())?.[1]
  expect(href).toMatch(/\.jpg$/)
  const hero = page.locator('#root .article-hero img')
  await expect(hero).toHaveJSProperty('complete', true)
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0)
  expect(new URL(await hero.evaluate((img: HTMLImageElement) => img.src)).pathname).toBe(href)
  expect(requested.filter((url) => new URL(url).pathname === href)).toHaveLength(1)
})

test('no frame shows both the first paint and the app, nor neither once painted', async ({
  page,
}) => {
  const frames = await recordFrames(page, '.article-title')
  await page.goto(ARTICLE)
  await expect(page.locator('#root .article-title')).toBeVisible()
  const seen = await frames()
  // Before either, the share page's own title and excerpt show (not counted here).
  const first = seen.findIndex((f) => f !== '0/0')
  expect(first).toBeGreaterThanOrEqual(0)
  for (const frame of seen.slice(first)) expect(['1/0', '0/1']).toContain(frame)
})

test('a first paint that arrives after the app stays out of the way', async ({ page }) => {
  const release = await holdScripts(page, FIRST_PAINT)
  // Not to `load`: that waits for the held module.
  await page.goto(ARTICLE, { waitUntil: 'commit' })
  await expect(page.locator('#root .article-title')).toBeVisible()
  release()
  await page.waitForResponse(FIRST_PAINT)
  await page.waitForTimeout(500)
  await expect(page.locator('#snapshot')).toHaveCount(0)
  await expect(page.locator('#root')).toBeVisible()
  await expect(page.locator('html')).not.toHaveAttribute('data-show-snapshot', '')
})

test('the first paint speaks the reader’s chosen language, as the app will', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('broadsheet.locale', 'en'))
  const release = await holdScripts(page, APP)
  await page.goto(ARTICLE, { waitUntil: 'commit' })
  await expect(page.locator('#snapshot .article-meta')).toContainText('min read')
  await expect(page.locator('#snapshot .article-breadcrumb')).toHaveAttribute(
    'aria-label',
    'Category path',
  )
  release()
  await expect(page.locator('#root .article-meta')).toContainText('min read')
})

test('the first paint sanitizes an edited article file as the app does', async ({
  page,
  request,
}) => {
  const rec = await record(page)
  const share = await (await request.get(ARTICLE)).text()
  const file = /<link data-article rel="preload" href="([^"]+)"/.exec(share)?.[1]
  expect(file).toBeTruthy()
  await page.route(`**${file}`, async (route) => {
    const article = (await (await route.fetch()).json()) as Record<string, unknown>
    const html =
      '<p>First.</p><script>alert(1)</script>' +
      '<img src="/nope.png" onerror="alert(2)"><p style="position:fixed;inset:0">x</p>' +
      '<a href="javascript:alert(3)">link</a><style>body{display:none}</style>' +
      '<link rel="stylesheet" href="https://evil.example/x.css">' +
      '<img src="/nope.png" srcset="https://evil.example/x.png 2x">'
    await route.fulfill({ json: { ...article, html } })
  })
  const release = await holdScripts(page, APP)
  await page.goto(ARTICLE, { waitUntil: 'commit' })
  const body = page.locator('#snapshot .article-body')
  await expect(body.locator('p').first()).toHaveText('First.')
  expect(await body.locator('script, style, link, [onerror], [style*="fixed"]').count()).toBe(0)
  expect(await body.locator('a[href^="javascript" i]').count()).toBe(0)
  await page.waitForTimeout(300)
  expect(rec.dialogs).toEqual([])
  release()
  await expect(page.locator('#root .article-body p').first()).toHaveText('First.')
  expect(rec.dialogs).toEqual([])
  expect(rec.planted).toEqual([])
  expect((await rec.violations()).filter((v) => !INERT_PARSE.test(v))).toEqual([])
})

test('without JavaScript, a share page shows its title and excerpt in the text column', async ({
  browser,
}) => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport })
    const page = await context.newPage()
    await page.goto(ARTICLE)
    const title = page.locator('.share-preview h1')
    await expect(title).toBeVisible()
    await expect(page.locator('.share-preview p')).toBeVisible()
    const box = await title.boundingBox()
    // Under a band as tall as the masthead, off the screen's edges, in the headline's face.
    expect(box?.x).toBeGreaterThanOrEqual(16)
    expect(box?.y).toBeGreaterThanOrEqual(52)
    expect(await title.evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/Serif/)
    await context.close()
  }
})
