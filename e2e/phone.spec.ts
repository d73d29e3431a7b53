import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'

const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the category tree is a drawer: open, go two levels down, it closes; Esc returns focus', async ({
    page,
  }) => {
    await page.goto('/')
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible()
    // One column: no tree beside the list.
    await expect(page.getByRole('navigation', { name: '分类', exact: true })).toHaveCount(0)
    expect(await overflowsSideways(page)).toBe(false)

    const menu = page.getByRole('button', { name: '打开分类' })
    await menu.click()
    const drawer = page.getByRole('dialog', { name: '分类' })
    await expect(drawer).toBeVisible()
    await drawer.getByRole('button', { name: '金融的子分类' }).click()
    await drawer.getByRole('link', { name: '新浪财经', exact: true }).click()
    await expect(main.getByRole('heading', { level: 1, name: '新浪财经' })).toBeVisible()
    await expect(drawer).toBeHidden()

    await menu.click()
    await expect(drawer).toBeVisible()
    // The current node is marked in the drawer too.
    await expect(drawer.locator('a[aria-current="page"]')).toHaveText('新浪财经')
    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
    await expect(menu).toBeFocused()
  })

  test('an article fills the width with side padding and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/article/E7LUxSVr2fQn')
    const h1 = page.getByRole('main').getByRole('heading', { level: 1 })
    await expect(h1).toBeVisible()
    const box = (await h1.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(16)
    expect(box.x).toBeLessThanOrEqual(24)
    // The article's table scrolls inside its own box, not the page.
    expect(await overflowsSideways(page)).toBe(false)
  })
})

test.describe('no horizontal scroll at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } })
  for (const url of [
    '/',
    '/category/%E9%87%91%E8%9E%8D',
    '/archive/2022/01',
    '/article/E7LUxSVr2fQn',
    '/settings',
  ]) {
    test(url, async ({ page }) => {
      await page.goto(url)
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      expect(await overflowsSideways(page)).toBe(false)
    })
  }
})

test('columns: three on desktop, two on a tablet with the calendar under the list', async ({
  page,
}) => {
  const box = async (selector: string) => (await page.locator(selector).boundingBox())!
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  await expect(page.getByRole('table').first()).toBeVisible()
  const [tree, list, calendar] = [
    await box('.col-tree'),
    await box('main'),
    await box('.col-archive'),
  ]
  expect(tree.x + tree.width).toBeLessThanOrEqual(list.x)
  expect(list.x + list.width).toBeLessThanOrEqual(calendar.x)

  await page.setViewportSize({ width: 900, height: 1000 })
  await expect(page.locator('.col-tree')).toBeVisible()
  const [tree2, list2, calendar2] = [
    await box('.col-tree'),
    await box('main'),
    await box('.col-archive'),
  ]
  expect(tree2.x + tree2.width).toBeLessThanOrEqual(list2.x)
  expect(calendar2.y).toBeGreaterThanOrEqual(list2.y + list2.height - 1)
})
