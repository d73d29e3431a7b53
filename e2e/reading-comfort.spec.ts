import type { Locator, Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectAxeClean } from './support/axe'
import { record } from './support/hostile'

// Issue 17's reading comforts on an article: its table of contents (a column on desktop, a
// closed block on a phone), anchors that reach a section in the app and from a share page, the
// reading-progress bar, and the printed page.

/** JavaScript 周刊第 112 期: five headings, two of them a level down. */
const ARTICLE = '/article/zat5KqLp3_kP'
/** The seed-shaped news article: no headings, so no contents. */
const PLAIN = '/article/e7NpP5es1S3c'
const SECTION = '深度文章'
const anchor = (text: string) => `#h-${encodeURIComponent(text)}`
const DESKTOP = { width: 1280, height: 800 }
const PHONE = { width: 390, height: 844 }

/** Where a heading sits in the viewport: near the top when an anchor brought it there. */
const topOf = async (heading: Locator) => (await heading.boundingBox())?.y ?? Number.NaN

async function openArticle(page: Page, path = ARTICLE) {
  await page.goto(path)
  await expect(page.locator('#root .article-body h2').first()).toBeVisible()
}

test('desktop: the contents take the calendar’s column, and a link jumps to its section', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await openArticle(page)
  const toc = page.getByRole('navigation', { name: '目录' })
  await expect(toc).toBeVisible()
  await expect(toc.getByRole('link')).toHaveText([
    '本期导读',
    '深度文章',
    '顶层 await 会阻塞谁？',
    '循环依赖与死锁',
    '工具与资源',
  ])
  await expect(page.locator('.col-archive')).toBeHidden()
  // Beside the text, not above it.
  const [tocBox, bodyBox] = [
    await toc.boundingBox(),
    await page.locator('.article-body').boundingBox(),
  ]
  expect(tocBox!.x).toBeGreaterThan(bodyBox!.x + bodyBox!.width)

  await toc.getByRole('link', { name: SECTION }).click()
  const heading = page.locator('.article-body h2', { hasText: SECTION })
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}${anchor(SECTION)}$`))
  await expect.poll(() => topOf(heading)).toBeLessThan(40)
  await expect(heading).toBeFocused()
  await expect(toc.getByRole('link', { name: SECTION })).toHaveAttribute('aria-current', 'location')
  // The column stays in view, and marks the section the reader scrolls on to, or none above them.
  const column = toc.locator('.article-toc__inner')
  await expect.poll(async () => (await column.boundingBox())!.y).toBe(0)
  await page
    .locator('.article-body h3', { hasText: '顶层 await' })
    .evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 10))
  await expect(toc.getByRole('link', { name: '顶层 await 会阻塞谁？' })).toHaveAttribute(
    'aria-current',
    'location',
  )
  await expect(toc.locator('[aria-current]')).toHaveCount(1)
  await page.evaluate(() => window.scrollTo(0, 0))
  await expect(toc.locator('[aria-current]')).toHaveCount(0)
})

test('a jump replaces the history entry: Back leaves the article for the list it came from', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await page.goto('/category/' + ['编程', '前端'].map(encodeURIComponent).join('/'))
  await page
    .getByRole('main')
    .getByRole('link', { name: /第 112 期/ })
    .first()
    .click()
  const toc = page.getByRole('navigation', { name: '目录' })
  await toc.getByRole('link', { name: SECTION }).click()
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}(\\?[^#]*)?${anchor(SECTION)}$`))
  await toc.getByRole('link', { name: '工具与资源' }).click()
  await page.goBack()
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('前端')
})

test('an article with fewer than three headings has no contents, and the calendar stays', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await page.goto(PLAIN)
  await expect(page.locator('#root .article-body p').first()).toBeVisible()
  await expect(page.locator('.article-toc')).toHaveCount(0)
  await expect(page.locator('.col-archive')).toBeVisible()
})

for (const viewport of [DESKTOP, PHONE]) {
  test(`a share page opened at #heading shows that section (${viewport.width}px)`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport)
    const response = await page.goto(ARTICLE + anchor(SECTION))
    // The static page for the article, as a host serves it, not the app's index.html.
    expect(await response!.text()).toContain('class="share-preview"')
    const heading = page.locator('#root .article-body h2', { hasText: SECTION })
    await expect(heading).toBeVisible()
    await expect(page.locator('#snapshot')).toHaveCount(0)
    await expect.poll(() => topOf(heading)).toBeLessThan(40)
    expect(await topOf(heading)).toBeGreaterThanOrEqual(0)
  })
}

test('phone: the contents are a closed block under the meta line that opens and jumps', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await openArticle(page)
  const toc = page.getByRole('navigation', { name: '目录' })
  const summary = toc.locator('summary')
  await expect(summary).toHaveText('目录')
  await expect(toc.getByRole('link').first()).toBeHidden()
  // Between the meta line and the body.
  const [meta, block, body] = await Promise.all(
    ['.article-meta', '.article-toc--inline', '.article-body'].map((s) =>
      page.locator(s).boundingBox(),
    ),
  )
  expect(block!.y).toBeGreaterThan(meta!.y)
  expect(block!.y + block!.height).toBeLessThanOrEqual(body!.y)

  await summary.click()
  await expect(toc.getByRole('link')).toHaveCount(5)
  await toc.getByRole('link', { name: SECTION }).click()
  const heading = page.locator('.article-body h2', { hasText: SECTION })
  await expect.poll(() => topOf(heading)).toBeLessThan(40)
  await expect(heading).toBeFocused()
  // Closed again by keyboard.
  await summary.focus()
  await page.keyboard.press('Enter')
  await expect(toc.getByRole('link').first()).toBeHidden()
})

test('the reading-progress bar follows the scroll, silently and without animation', async ({
  page,
}) => {
  // Drawn through CSSOM: the CSP, which allows no style attribute, has nothing to report.
  const rec = await record(page)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.setViewportSize(PHONE)
  await openArticle(page)
  const progress = page.locator('.reading-progress')
  await expect(progress).toHaveAttribute('aria-hidden', 'true')
  const bar = progress.locator('.reading-progress__bar')
  const width = async () => (await bar.boundingBox())?.width ?? 0
  expect(await width()).toBeLessThan(5)
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2))
  await expect.poll(width).toBeGreaterThan(PHONE.width * 0.3)
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  await expect.poll(width).toBeGreaterThan(PHONE.width * 0.99)
  const style = await bar.evaluate((el) => getComputedStyle(el))
  expect([style.transitionDuration, style.animationName]).toEqual(['0s', 'none'])
  // Nothing of it reaches the accessibility tree.
  expect(await page.getByRole('progressbar').count()).toBe(0)
  expect(await rec.violations()).toEqual([])
})

test('printed, the page is the article alone: title, date, source, its address, no controls', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP)
  await page.emulateMedia({ colorScheme: 'dark' })
  await openArticle(page)
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  const main = page.locator('#root')
  await expect(main.locator('h1.article-title')).toBeVisible()
  await expect(main.locator('.article-meta time')).toBeVisible()
  await expect(main.locator('.article-meta')).toContainText('来源：JavaScript 周刊')
  await expect(main.locator('.article-printed-from')).toHaveText(
    `原文地址：${new URL(ARTICLE, page.url()).href}`,
  )
  await expect(main.locator('.article-hero img')).toBeVisible()
  for (const hidden of ['nav', 'button', 'header.masthead', '.reading-progress', '.col-tree'])
    expect(await main.locator(`${hidden}:visible`).count(), hidden).toBe(0)
  // Black on white, whatever the theme on screen.
  const colours = await main
    .locator('.article-body p')
    .first()
    .evaluate((p) => [getComputedStyle(p).color, getComputedStyle(document.body).backgroundColor])
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)'])

  await page.emulateMedia({ media: 'screen' })
  await expect(main.locator('.article-printed-from')).toBeHidden()
})

test('axe: the article with its contents open, phone and desktop, light and dark', async ({
  page,
}) => {
  await page.setViewportSize(PHONE)
  await openArticle(page)
  await page.getByRole('navigation', { name: '目录' }).locator('summary').click()
  await expect(page.locator('.article-toc details')).toHaveAttribute('open', '')
  // Partway down, so a section is marked in the column.
  await page.locator('.article-body h2', { hasText: SECTION }).scrollIntoViewIfNeeded()
  await expectAxeClean(page)
})
