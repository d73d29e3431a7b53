import { expect, test } from '@playwright/test'
import { expectAxeClean } from './support/axe'

// Settings live in localStorage and boot.js applies them before the first paint: the page must
// already be dark, sepia or large before the app's own code has even arrived.
test('a saved theme and text size are applied before the app runs, with no light flash', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('broadsheet.theme', 'dark')
    localStorage.setItem('broadsheet.fontSize', '21')
  })
  // Hold the app's code back: whatever shows meanwhile is what a first paint would show.
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/_app\/.*\.js$/, async (route) => {
    await held
    await route.continue()
  })
  // Module scripts hold back DOMContentLoaded, so wait only for the parser to reach the body.
  await page.goto('/', { waitUntil: 'commit' })
  await page.waitForSelector('#root', { state: 'attached' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-font-size', '21')
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(18, 20, 22)')
  release()
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible()
})

test('the reader switches theme, size and language, and the choice survives a reload', async ({
  page,
}) => {
  await page.goto('/settings')
  await page.getByRole('radio', { name: '米黄' }).check()
  await page.getByRole('radio', { name: '19 像素' }).check()
  await page.getByRole('radio', { name: 'English' }).check()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia')
  await expect(page.locator('html')).toHaveAttribute('data-font-size', '19')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Settings/)
})

test('spacing between Chinese and Latin text is the browser’s, never in code, and survives a reload', async ({
  page,
}) => {
  const body = page.getByRole('main').locator('.article-body')
  const openArticle = async () => {
    await page.goto(
      `/category/${['编程', '前端', 'JavaScript', '周刊'].map(encodeURIComponent).join('/')}`,
    )
    await page
      .getByRole('main')
      .getByRole('link', { name: /顶层 await/ })
      .first()
      .click()
    await expect(body.locator('pre code').first()).toBeVisible()
  }
  const autospace = (selector: string) =>
    body
      .locator(selector)
      .first()
      .evaluate((e) => getComputedStyle(e).getPropertyValue('text-autospace'))
  // Off unless chosen.
  await openArticle()
  expect(await autospace('p')).toBe('no-autospace')
  const text = await body.locator('p').first().textContent()

  await page.goto('/settings')
  const spacing = page.getByRole('checkbox', { name: '中文与西文、数字之间留出间隙' })
  await expect(spacing).not.toBeChecked()
  await spacing.check()
  await expect(page.locator('html')).toHaveAttribute('data-spacing', '')
  await openArticle()
  expect(await autospace('p')).toBe('normal')
  expect(await autospace('pre code')).toBe('no-autospace')
  // Drawn, not written: the article's text is as the post has it.
  expect(await body.locator('p').first().textContent()).toBe(text)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-spacing', '')
  await expect.poll(() => autospace('p')).toBe('normal')
  await expectAxeClean(page)

  await page.goto('/settings')
  await spacing.uncheck()
  await page.reload()
  await expect(page.locator('html')).not.toHaveAttribute('data-spacing')
  await expect(spacing).not.toBeChecked()
})

test('Traditional display shows a Simplified article in Traditional characters, in Traditional fonts, until the reader turns it off', async ({
  page,
}) => {
  await page.goto('/settings')
  await page.getByRole('radio', { name: '繁體' }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
  // The panel itself is shown in Traditional characters once the tables have loaded.
  await expect(page.getByRole('radio', { name: '簡體' })).toBeVisible({ timeout: 20_000 })

  await page.goto(
    `/category/${['编程', '前端', 'JavaScript', '周刊'].map(encodeURIComponent).join('/')}`,
  )
  const main = page.getByRole('main')
  await expect(main.getByRole('link', { name: /頂層 await 的實踐/ }).first()).toBeVisible({
    timeout: 20_000,
  })
  await main
    .getByRole('link', { name: /頂層 await 的實踐/ })
    .first()
    .click()
  const title = main.getByRole('heading', { level: 1 })
  await expect(title).toHaveText(/週刊第 112 期：頂層 await 的實踐與陷阱/, { timeout: 20_000 })
  await expect(main.locator('.article-body h3', { hasText: '循環依賴與死鎖' })).toBeVisible()
  // Code is as written.
  await expect(main.locator('.article-body pre code').first()).toContainText(
    "fetch('/config.json')",
  )
  // Names read out are converted too: a tree toggle's is its aria-label, "编程的子分类".
  await expect(page.getByRole('button', { name: '編程的子分類' })).toBeVisible()
  const font = await title.evaluate((e) => getComputedStyle(e).fontFamily)
  expect(font).toContain('CJK TC')
  await expectAxeClean(page)

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant')
  await expect(title).toHaveText(/頂層 await 的實踐/, { timeout: 20_000 })

  await page.goto('/settings')
  await page.getByRole('radio', { name: /原文/ }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.goBack()
  await expect(title).toHaveText(/顶层 await 的实践与陷阱/)
})
