import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectAxeClean } from './support/axe'
import { record } from './support/hostile'

// Issue 17's lightbox: an article's pictures open in a modal viewer, by keyboard, mouse and touch.

/** The seed-shaped news article: a header image, then two figures with captions. */
const ARTICLE = '/article/e7NpP5es1S3c'
const PORT = '夜间作业中的集装箱码头（示意图）'
const CHART = '样本港口2021年下半年月度集装箱吞吐量'
const PHONE = { width: 390, height: 844 }

const viewer = (page: Page) => page.getByRole('dialog', { name: '图片浏览' })
const picture = (page: Page, caption: string) =>
  page.getByRole('button', { name: `放大图片：${caption}`, exact: true })

async function openArticle(page: Page) {
  await page.goto(ARTICLE)
  await expect(page.locator('#root .article-body figure').first()).toBeVisible()
}

/** The viewer's count and caption, as a reader sees them. */
async function expectShowing(page: Page, count: string, caption: string) {
  await expect(viewer(page).locator('.lightbox__count')).toHaveText(count)
  await expect(viewer(page).locator('.lightbox__caption')).toHaveText(caption)
  await expect(viewer(page).locator('.lightbox__img')).toHaveJSProperty('complete', true)
}

const scaleOf = (page: Page) =>
  viewer(page)
    .locator('.lightbox__img')
    .evaluate((img) => /scale\(([\d.]+)\)/.exec(img.style.transform)?.[1])

test('by keyboard: Tab to a picture, Enter opens, arrows move, +/- zoom, Escape returns', async ({
  page,
}) => {
  const rec = await record(page)
  await openArticle(page)
  // Each picture is a named button, in the Tab order.
  await expect(page.getByRole('button', { name: /^放大图片/ })).toHaveCount(3)
  const port = picture(page, PORT)
  for (let i = 0; i < 80 && !(await port.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(port).toBeFocused()
  await expect(port).toHaveCSS('outline-style', 'solid')

  await page.keyboard.press('Enter')
  await expect(viewer(page)).toBeVisible()
  expect(
    await page.evaluate(() => document.activeElement?.closest('dialog.lightbox') != null),
  ).toBe(true)
  // The header image comes first, so the first figure is the second of three.
  await expectShowing(page, '2 / 3', PORT)
  await page.keyboard.press('ArrowRight')
  await expectShowing(page, '3 / 3', CHART)
  await page.keyboard.press('ArrowLeft')
  await expectShowing(page, '2 / 3', PORT)

  // Focus stays in the viewer, however far the reader tabs.
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') != null)).toBe(true)
  }

  await page.keyboard.press('+')
  await expect.poll(() => scaleOf(page)).toBe('1.5')
  await page.keyboard.press('+')
  await expect.poll(() => scaleOf(page)).toBe('2.25')
  await viewer(page).getByRole('button', { name: '缩小' }).click()
  await expect.poll(() => scaleOf(page)).toBe('1.5')
  await page.keyboard.press('-')
  await expect.poll(() => scaleOf(page)).toBe('1')

  await page.keyboard.press('Escape')
  await expect(viewer(page)).toHaveCount(0)
  await expect(port).toBeFocused()
  expect(await rec.violations()).toEqual([])
  expect(rec.consoleErrors).toEqual([])
})

test('by mouse: a click opens, the buttons move and close', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await openArticle(page)
  await picture(page, CHART).click()
  await expectShowing(page, '3 / 3', CHART)
  await viewer(page).getByRole('button', { name: '下一张' }).click()
  // Round to the header image, which has no caption of its own.
  await expect(viewer(page).locator('.lightbox__count')).toHaveText('1 / 3')
  await viewer(page).getByRole('button', { name: '关闭' }).click()
  await expect(viewer(page)).toHaveCount(0)
  await expect(page.locator('.article-hero img')).toBeFocused()
})

/** A one-finger swipe through the browser's own touch input, which also raises Pointer Events. */
async function swipe(page: Page, from: [number, number], to: [number, number]) {
  const cdp = await page.context().newCDPSession(page)
  const at = ([x, y]: [number, number]) => [{ x, y, id: 1 }]
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) })
  for (let i = 1; i <= 8; i++) {
    const x = from[0] + ((to[0] - from[0]) * i) / 8
    const y = from[1] + ((to[1] - from[1]) * i) / 8
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at([x, y]) })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

test.describe('by touch', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true })

  test('a tap opens, a swipe left moves on, a swipe down closes', async ({ page }) => {
    const rec = await record(page)
    await openArticle(page)
    const port = picture(page, PORT)
    await port.scrollIntoViewIfNeeded()
    await port.tap()
    await expectShowing(page, '2 / 3', PORT)
    // The close button is within reach and large enough for a finger.
    const close = await viewer(page).getByRole('button', { name: '关闭' }).boundingBox()
    expect(close!.width).toBeGreaterThanOrEqual(44)
    expect(close!.y).toBeGreaterThanOrEqual(0)

    await swipe(page, [320, 420], [70, 430])
    await expectShowing(page, '3 / 3', CHART)
    await swipe(page, [70, 430], [320, 425])
    await expectShowing(page, '2 / 3', PORT)
    // A short diagonal drag is no swipe.
    await swipe(page, [200, 420], [230, 445])
    await expectShowing(page, '2 / 3', PORT)

    await swipe(page, [195, 380], [200, 640])
    await expect(viewer(page)).toHaveCount(0)
    await expect(port).toBeFocused()
    expect(await rec.violations()).toEqual([])
  })

  test('two fingers pinch the picture larger, and one then pans it', async ({ page }) => {
    await openArticle(page)
    await picture(page, PORT).scrollIntoViewIfNeeded()
    await picture(page, PORT).tap()
    await expectShowing(page, '2 / 3', PORT)
    const cdp = await page.context().newCDPSession(page)
    const fingers = (spread: number) => [
      { x: 195 - spread, y: 420, id: 1 },
      { x: 195 + spread, y: 420, id: 2 },
    ]
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(40) })
    for (const spread of [60, 80, 100, 120])
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: fingers(spread),
      })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await cdp.detach()
    await expect.poll(async () => Number(await scaleOf(page))).toBeCloseTo(3, 1)
    // Zoomed in, a sideways drag pans the picture instead of moving to the next one.
    await swipe(page, [300, 420], [150, 420])
    await expectShowing(page, '2 / 3', PORT)
  })
})

test('a picture that failed keeps its placeholder with "open original", and opens no viewer', async ({
  page,
  context,
}) => {
  await context.route('**/sample/figure-chart.png', (route) => route.fulfill({ status: 404 }))
  await openArticle(page)
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  const fallback = page.locator('.article-body .img-fallback')
  await expect(fallback).toHaveText('图片无法加载 · 打开原图')
  await expect(fallback).toHaveAttribute('href', '/sample/figure-chart.png')
  await expect(fallback).not.toHaveAttribute('data-lightbox')
  await expect(page.getByRole('button', { name: /^放大图片/ })).toHaveCount(2)

  const popup = page.waitForEvent('popup')
  await fallback.click()
  await (await popup).close()
  await expect(viewer(page)).toHaveCount(0)
  // The others still open, and the gallery leaves the failed one out.
  await picture(page, PORT).click()
  await expect(viewer(page).locator('.lightbox__count')).toHaveText('2 / 2')
})

test('axe: the viewer open, phone and desktop, light and dark', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await openArticle(page)
  await picture(page, PORT).click()
  await expectShowing(page, '2 / 3', PORT)
  await expectAxeClean(page)
})
