import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { expectAxeClean } from './support/axe'

// The reader's keyboard: shortcuts from home to an article and back, never while typing or
// composing, a help overlay that is a proper modal dialog, and a switch to turn them off.

const entryLinks = (page: Page) => page.locator('main .entry-title a')

async function openHome(page: Page) {
  await page.goto('/')
  await expect(entryLinks(page).first()).toBeVisible()
  // Marks looked up: m has something to toggle.
  await expect(page.locator('main .entry').first()).toHaveAttribute('data-read', /true|false/)
}

test('keyboard only: j and k through the list, m marks, o opens, n and p, u back, g a and g h', async ({
  page,
}) => {
  await openHome(page)
  await page.keyboard.press('j')
  await expect(entryLinks(page).nth(0)).toBeFocused()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('k')
  const second = entryLinks(page).nth(1)
  await expect(second).toBeFocused()
  // The focused entry is marked as a whole, visibly.
  const ring = await page
    .locator('main .entry')
    .nth(1)
    .evaluate((li) => getComputedStyle(li).outlineStyle)
  expect(ring).toBe('solid')

  await page.keyboard.press('m')
  await expect(page.locator('main .entry').nth(1)).toHaveAttribute('data-read', 'true')
  await page.keyboard.press('m')
  await expect(page.locator('main .entry').nth(1)).toHaveAttribute('data-read', 'false')
  // s saves the focused entry, and says so.
  const star = page.locator('main .entry').nth(1).locator('.save-toggle')
  await page.keyboard.press('s')
  await expect(star).toHaveAttribute('aria-pressed', 'true')
  await expect(page.locator('.list-view > [role=status]')).toHaveText('已收藏')

  const title = (await second.innerText()).trim()
  await page.keyboard.press('o')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible()
  // n and p follow the article's neighbours in its list, once they are known.
  await expect(main.locator('a.article-neighbour--next')).toBeVisible()
  await page.keyboard.press('n')
  await expect(main.getByRole('heading', { level: 1 })).not.toHaveText(title)
  await expect(main.locator('a.article-neighbour--prev')).toBeVisible()
  await page.keyboard.press('p')
  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await page.keyboard.press('m')
  await expect(main.locator('.article-actions .read-toggle')).toHaveText('标为未读')

  await page.keyboard.press('u')
  await expect(main.getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible()
  await page.keyboard.press('g')
  await page.keyboard.press('a')
  await expect(page).toHaveURL(/\/archive$/)
  await page.keyboard.press('g')
  await page.keyboard.press('h')
  await expect(page).toHaveURL(/\/$/)
  await page.keyboard.press('g')
  await page.keyboard.press('s')
  await expect(page).toHaveURL(/\/saved$/)
  await expect(main.getByRole('link', { name: title })).toBeVisible()
})

test('shortcuts do nothing while typing in a field or composing with an input method', async ({
  page,
}) => {
  await openHome(page)
  const field = page.getByRole('searchbox', { name: '搜索' })
  await field.click()
  await page.keyboard.type('jkm')
  await expect(field).toHaveValue('jkm')
  await expect(field).toBeFocused()
  await field.fill('')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.imeSetComposition', { text: 'j', selectionStart: 1, selectionEnd: 1 })
  await expect(field).toHaveValue('j')
  await expect(field).toBeFocused()
  // No shortcut took the key: the composition stays in the field, and no help opened.
  await expect(page.locator('.shortcut-help')).toHaveCount(0)
})

test('? opens the list of shortcuts as a modal dialog: focus inside, Escape closes, focus returns', async ({
  page,
}) => {
  await openHome(page)
  await page.keyboard.press('j')
  const first = entryLinks(page).first()
  await expect(first).toBeFocused()
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: '键盘快捷键' })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('kbd', { hasText: /^j$/ })).toBeVisible()
  await expect(dialog).toContainText('标为已读 / 未读')
  // Tab stays inside.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab')
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
  }
  // Shortcuts do not act behind it.
  await page.keyboard.press('g')
  await page.keyboard.press('a')
  await expect(page).toHaveURL(/\/$/)
  await expectAxeClean(page, undefined, '.shortcut-help')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(first).toBeFocused()
})

test('the shortcuts can be switched off in Settings', async ({ page }) => {
  await page.goto('/settings')
  const box = page.getByRole('checkbox', { name: /键盘快捷键/ })
  await expect(box).toBeChecked()
  await box.uncheck()
  await openHome(page)
  await page.keyboard.press('j')
  await expect(entryLinks(page).first()).not.toBeFocused()
  await page.keyboard.press('?')
  await expect(page.locator('.shortcut-help')).toHaveCount(0)
})
