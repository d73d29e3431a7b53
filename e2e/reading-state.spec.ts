import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { expectAxeClean } from './support/axe'
import { stored } from './support/reading-db'
import type { Locator, Page } from '@playwright/test'

// Read and unread, kept on the device: marked by hand, by reading, in two tabs, and without IndexedDB.

const entries = (page: Page) => page.getByRole('main').locator('.entry')

/** The unread dot, drawn in the entry's gutter: its size, or null when there is none. */
const dot = (entry: Locator) =>
  entry.evaluate((li) => {
    const style = getComputedStyle(li, '::before')
    return style.content === 'none' ? null : [style.width, style.height, style.borderRadius]
  })

/** The first entry once its read mark has been looked up, and its title. */
async function firstEntry(page: Page) {
  const entry = entries(page).first()
  await expect(entry).toHaveAttribute('data-read', /true|false/)
  const title = (await entry.locator('.entry-title').innerText()).trim()
  return { entry, title }
}

test('an entry is marked read and unread by hand, with words and a dot, and kept', async ({
  page,
}) => {
  await page.goto('/')
  const { entry, title } = await firstEntry(page)
  await expect(entry).toHaveAttribute('data-read', 'false')
  expect(await dot(entry)).toEqual(['7px', '7px', '50%'])

  await entry.getByRole('button', { name: `标为已读：${title}` }).click()
  await expect(entry).toHaveAttribute('data-read', 'true')
  expect(await dot(entry)).toBeNull()
  await expect(page.getByRole('main').getByRole('status').last()).toHaveText('已标记为已读')
  // Read entries are quieter: a lighter title, not only another colour.
  const weight = (e: typeof entry) =>
    e.locator('.entry-title').evaluate((h) => Number(getComputedStyle(h).fontWeight))
  expect(await weight(entry)).toBeLessThan(await weight(entries(page).nth(1)))

  await expect.poll(() => stored(page, 'read')).toBe(1)
  await page.reload()
  const again = (await firstEntry(page)).entry
  await expect(again).toHaveAttribute('data-read', 'true')
  await again.getByRole('button', { name: `标为未读：${title}` }).click()
  await expect(again).toHaveAttribute('data-read', 'false')
  await expect.poll(() => stored(page, 'read')).toBe(0)
  await page.reload()
  await expect((await firstEntry(page)).entry).toHaveAttribute('data-read', 'false')
})

test('reading an article to its end marks it read; marking it unread there holds', async ({
  page,
}) => {
  await page.goto('/')
  const { title } = await firstEntry(page)
  await page.getByRole('main').getByRole('link', { name: title, exact: true }).click()
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const toggle = main.locator('.article-actions').getByRole('button', { name: /标为/ })
  const footer = main.locator('.article-footer')
  await expect(footer).not.toBeInViewport()
  await expect(toggle).toHaveText('标为已读')
  await footer.scrollIntoViewIfNeeded()
  await expect(toggle).toHaveText('标为未读')

  // By hand, unread: reading on does not mark it read again in this visit.
  await toggle.click()
  await expect(toggle).toHaveText('标为已读')
  await expect(
    main.locator('.article-actions').getByRole('status').filter({ hasText: '已标记' }),
  ).toHaveText('已标记为未读')
  await page.waitForTimeout(6000)
  await expect(toggle).toHaveText('标为已读')
  await page.goBack()
  await expect((await firstEntry(page)).entry).toHaveAttribute('data-read', 'false')
})

test('an article open for a few seconds counts as read', async ({ page }) => {
  await page.goto('/')
  const { title } = await firstEntry(page)
  await page.getByRole('main').getByRole('link', { name: title, exact: true }).click()
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(main.locator('.article-footer')).not.toBeInViewport()
  const toggle = main.locator('.article-actions').getByRole('button', { name: /标为/ })
  await expect(toggle).toHaveText('标为已读')
  await expect(toggle).toHaveText('标为未读', { timeout: 10_000 })
  await expect(main.locator('.article-footer')).not.toBeInViewport()
})

test('two tabs stay in step', async ({ context }) => {
  const one = await context.newPage()
  const two = await context.newPage()
  await one.goto('/')
  await two.goto('/')
  const a = await firstEntry(one)
  const b = await firstEntry(two)
  await a.entry.getByRole('button', { name: `标为已读：${a.title}` }).click()
  await expect(b.entry).toHaveAttribute('data-read', 'true')
  await b.entry.getByRole('button', { name: `标为未读：${b.title}` }).click()
  await expect(a.entry).toHaveAttribute('data-read', 'false')
})

test('without IndexedDB the reader still works and says once that marks are not kept', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined })
  })
  await page.goto('/')
  const { entry, title } = await firstEntry(page)
  const notice = page.locator('.reading-notice')
  await expect(notice).toContainText('已读标记只在这次浏览中有效')
  await notice.getByRole('button', { name: '知道了' }).click()
  await expect(notice).toHaveCount(0)
  await entry.getByRole('button', { name: `标为已读：${title}` }).click()
  await expect(entry).toHaveAttribute('data-read', 'true')
  await expect(notice).toHaveCount(0)
})

test('what was read is in the history, by day, found within, and cleared (marks stay)', async ({
  page,
}) => {
  await page.goto('/')
  const { entry, title } = await firstEntry(page)
  await entry.getByRole('link', { name: title, exact: true }).click()
  const main = page.getByRole('main')
  await main.locator('.article-footer').scrollIntoViewIfNeeded()
  await expect(main.locator('.article-actions .read-toggle')).toHaveText('标为未读')
  // The mark shows at once; the reading is kept a moment later, and a page load would cut it short.
  await expect.poll(() => stored(page, 'history')).toBe(1)

  await page.goto('/history')
  await expect(main.getByRole('heading', { level: 1, name: '阅读历史' })).toBeVisible()
  const today = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'full' }).format(new Date())
  const day = main.getByRole('region', { name: today })
  await expect(day.getByRole('heading', { level: 2 })).toContainText('1 篇')
  await expect(day.getByRole('link', { name: title })).toBeVisible()

  await expectAxeClean(page)

  const find = main.getByRole('searchbox', { name: '在历史中查找' })
  await find.fill('没有这样的标题')
  await expect(main.getByText('历史中没有标题含“没有这样的标题”的文章。')).toBeVisible()
  await find.fill(title.slice(0, 4))
  await expect(day.getByRole('link', { name: title })).toBeVisible()

  // Asked in place: focus on Cancel, and back on the button when cancelled.
  await main.getByRole('button', { name: '清除历史' }).click()
  const ask = main.getByRole('group', { name: '清除历史' })
  await expect(ask.getByRole('button', { name: '取消' })).toBeFocused()
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(main.getByRole('button', { name: '清除历史' })).toBeFocused()
  await main.getByRole('button', { name: '清除历史' }).click()
  await main.getByRole('group', { name: '清除历史' }).getByRole('button', { name: '清除' }).click()
  await expect(main.getByText(/还没有阅读记录/)).toBeVisible()
  await expect(main.getByRole('status')).toHaveText('阅读历史已清除')
  await page.reload()
  await expect(main.getByText(/还没有阅读记录/)).toBeVisible()
  await page.goto('/')
  await expect((await firstEntry(page)).entry).toHaveAttribute('data-read', 'true')
})

test('search results show read marks too, and mark them', async ({ page }) => {
  await page.goto('/')
  const { entry, title } = await firstEntry(page)
  await entry.getByRole('button', { name: `标为已读：${title}` }).click()
  await expect(entry).toHaveAttribute('data-read', 'true')
  // Kept before the page is left: a whole-page load does not wait for a write in flight.
  await expect.poll(() => stored(page, 'read')).toBe(1)
  await page.goto(`/search?q=${encodeURIComponent(`"${title}"`)}`)
  const hit = page.locator('main .search-result').filter({ hasText: title })
  await expect(hit).toHaveAttribute('data-read', 'true')
  await hit.getByRole('button', { name: `标为未读：${title}` }).click()
  await expect(hit).toHaveAttribute('data-read', 'false')
  expect(await dot(hit)).toEqual(['7px', '7px', '50%'])
  await page.goto('/')
  await expect((await firstEntry(page)).entry).toHaveAttribute('data-read', 'false')
})

test('export, clear all, then import back to the same state; a hostile file changes nothing', async ({
  page,
}) => {
  await page.goto('/')
  const { entry, title } = await firstEntry(page)
  await entry.getByRole('button', { name: `标为已读：${title}` }).click()
  await expect(entry).toHaveAttribute('data-read', 'true')
  const star = () =>
    entries(page)
      .first()
      .getByRole('button', { name: `收藏：${title}` })
  await star().click()
  await expect(star()).toHaveAttribute('aria-pressed', 'true')
  // Shown at once, written a moment later.
  await expect.poll(() => stored(page, 'saved')).toBe(1)

  await page.goto('/settings')
  const data = page.getByRole('group', { name: '阅读数据' })
  const status = data.getByRole('status')
  const download = page.waitForEvent('download')
  await data.getByRole('button', { name: '导出' }).click()
  const file = await (await download).path()
  await expect(status).toHaveText('已导出 1 个已读标记、0 条阅读历史、1 篇收藏')
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { read: { id: string }[] }
  expect(exported.read).toHaveLength(1)

  await data.getByRole('button', { name: '全部清除' }).click()
  await data
    .getByRole('group', { name: '全部清除' })
    .getByRole('button', { name: '清除', exact: true })
    .click()
  await expect(status).toHaveText('已读标记、阅读历史、收藏和阅读位置已清除')
  await page.goto('/')
  await expect((await firstEntry(page)).entry).toHaveAttribute('data-read', 'false')
  await expect(star()).toHaveAttribute('aria-pressed', 'false')

  await page.goto('/settings')
  const hostile = {
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'broadsheet-reading',
        version: 1,
        read: [{ id: exported.read[0]!.id, at: 1 }, { id: '<img src=x onerror=alert(1)>' }],
      }),
    ),
  }
  await data.getByText('导入').setInputFiles(hostile)
  await expect(status).toHaveText('这个文件的内容有误，无法导入。没有做任何改动。')
  await page.goto('/')
  await expect((await firstEntry(page)).entry).toHaveAttribute('data-read', 'false')

  await page.goto('/settings')
  await data.getByText('导入').setInputFiles(file)
  await expect(status).toHaveText('已导入：新增 1 个已读标记、0 条阅读历史、1 篇收藏')
  await page.goto('/')
  await expect((await firstEntry(page)).entry).toHaveAttribute('data-read', 'true')
  await expect(star()).toHaveAttribute('aria-pressed', 'true')
})
