import { expect, test } from '@playwright/test'

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
  await page.goto('/settings')
  const spacing = page.getByRole('checkbox', { name: '中文与西文、数字之间留出间隙' })
  await expect(spacing).not.toBeChecked()
  await spacing.check()
  await expect(page.locator('html')).toHaveAttribute('data-spacing', '')

  await page.goto(
    `/category/${['编程', '前端', 'JavaScript', '周刊'].map(encodeURIComponent).join('/')}`,
  )
  await page
    .getByRole('main')
    .getByRole('link', { name: /顶层 await/ })
    .first()
    .click()
  const body = page.getByRole('main').locator('.article-body')
  const autospace = (selector: string) =>
    body
      .locator(selector)
      .first()
      .evaluate((e) => getComputedStyle(e).textAutospace)
  await expect.poll(() => autospace('p')).toBe('normal')
  expect(await autospace('pre code')).toBe('no-autospace')
  // Drawn, not written: the article's text is as the post has it.
  const text = await body.locator('p').first().textContent()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-spacing', '')
  await expect.poll(() => autospace('p')).toBe('normal')
  expect(await body.locator('p').first().textContent()).toBe(text)

  await page.goto('/settings')
  await spacing.uncheck()
  await page.reload()
  await expect(page.locator('html')).not.toHaveAttribute('data-spacing')
  await expect(spacing).not.toBeChecked()
})
