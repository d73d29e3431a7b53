import { expect, test } from '@playwright/test'
import { axe } from './support/axe'

const pages: [string, string][] = [
  ['home', '/'],
  ['a category', `/category/${['金融', '新浪财经'].map(encodeURIComponent).join('/')}`],
  ['an archive month', '/archive/2022/01'],
  ['the tag index', '/tags'],
  ['a tag', `/tag/${encodeURIComponent('阅读 工具')}`],
  ['an article', '/article/E7LUxSVr2fQn'],
  ['an article written with Hexo tag plugins', '/article/UA0UXGnxdO69'],
  ['a gallery post', '/article/uSTyplFja0sw'],
  ['a list with an estimated date', `/category/${encodeURIComponent('阅读')}`],
  ['an article with an estimated date', '/article/Haj9Yy3yXFrY'],
]

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme} theme`, () => {
    test.use({ colorScheme: theme })
    for (const [name, url] of pages) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.addInitScript((t) => localStorage.setItem('broadsheet.theme', t), theme)
        await page.goto(url)
        await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
        // The side columns and images have settled too.
        await page.waitForLoadState('networkidle')
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
        const { violations } = await axe(page).analyze()
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([])
      })
    }
  })
}

test('keyboard: the skip link, focus on the new h1 after navigating, and the announcement', async ({
  page,
}) => {
  await page.goto('/')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible()

  // The first Tab reaches the skip link, which is then visible; Enter lands on the page heading.
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: '跳到正文' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(main.getByRole('heading', { level: 1 })).toBeFocused()

  // From there, Tab goes past the list's tools into the list: open the first article with the keyboard.
  await page.keyboard.press('Tab')
  await expect(main.getByRole('link', { name: '只看未读' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(main.getByRole('button', { name: '全部标为已读…' })).toBeFocused()
  await page.keyboard.press('Tab')
  const focused = page.locator(':focus')
  await expect(focused).toHaveAttribute('href', /^\/article\//)
  const title = (await focused.innerText()).trim()
  await page.keyboard.press('Enter')
  const h1 = main.getByRole('heading', { level: 1, name: title })
  await expect(h1).toBeFocused()
  await expect(page).toHaveTitle(`${title} · Broadsheet`)
  await expect(page.getByRole('status').filter({ hasText: title })).toHaveText(
    `${title} · Broadsheet`,
  )

  // And once more by a link in the masthead.
  await page.getByRole('banner').getByRole('link', { name: '归档' }).focus()
  await page.keyboard.press('Enter')
  await expect(main.getByRole('heading', { level: 1, name: '归档' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: '归档' })).toHaveText('归档 · Broadsheet')
})

test('the focus ring is visible on links and buttons', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
  expect(outline).not.toBe('none')
})
