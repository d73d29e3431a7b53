import { expect, test } from '@playwright/test'
import { expectAxeClean } from './support/axe'
import { stored } from './support/reading-db'
import type { Page } from '@playwright/test'
import { waitForCached, waitForController } from './support/pwa'
import { setOffline } from './support/set-offline'

// Saved articles: saved from a list or an article, kept through a reload and for offline reading,
// unsaved with an undo; and the unread filter and "mark all as read" on a list.

const entries = (page: Page) => page.getByRole('main').locator('.entry')
const titleOf = async (page: Page, i: number) =>
  (await entries(page).nth(i).locator('.entry-title').innerText()).trim()

test('save from a list, reload, then go offline and open it from /saved', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await waitForController(page)
  const title = await titleOf(page, 1)
  const star = page.getByRole('button', { name: `收藏：${title}` })
  await expect(star).toHaveAttribute('aria-pressed', 'false')
  await star.click()
  await expect(star).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('已收藏')
  // Kept for offline reading once its files are in the saved articles' cache.
  await waitForCached(page, '/data/articles/', 'saved-articles')
  await page.reload()
  await expect(page.getByRole('button', { name: `收藏：${title}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  await page.goto('/saved')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: '收藏' })).toBeVisible()
  await expect(main.getByRole('link', { name: title })).toBeVisible()

  const failed: string[] = []
  page.on('requestfailed', (r) => failed.push(r.url()))
  await setOffline(context, true)
  await page.goto('/saved')
  await main.getByRole('link', { name: title }).click()
  // Should it fail, what it received names the requests that failed offline.
  const heading = main.getByRole('heading', { level: 1, name: title })
  const kept = () =>
    page.evaluate(async () => {
      // Counted without caches.open, which would create a cache that was wiped.
      const names = await caches.keys()
      const counts = await Promise.all(
        names.map(async (name) => `${name}: ${(await (await caches.open(name)).keys()).length}`),
      )
      const worker = (await navigator.serviceWorker.getRegistration())?.active?.state
      return `caches ${counts.join(', ') || 'none'}; worker ${worker}; controlled ${!!navigator.serviceWorker.controller}`
    })
  await expect
    .poll(async () =>
      (await heading.count()) > 0 ? 'shown' : `failed: ${failed.join(', ')}; ${await kept()}`,
    )
    .toBe('shown')
  await expect(main.locator('.article-body')).not.toBeEmpty()
  await expect(main.locator('.article-actions .save-toggle')).toHaveAttribute(
    'aria-pressed',
    'true',
  )
})

test('a saved article whose offline copy went missing is kept again when /saved opens', async ({
  page,
}) => {
  await page.goto('/')
  const title = await titleOf(page, 0)
  await page.getByRole('button', { name: `收藏：${title}` }).click()
  await waitForCached(page, '/data/articles/', 'saved-articles')
  // As if the page had been reloaded between the save and its copy.
  await page.evaluate(async () => {
    const cache = await caches.open('saved-articles')
    for (const request of await cache.keys()) await cache.delete(request)
  })
  await page.goto('/saved')
  await expect(page.getByRole('main').getByRole('link', { name: title })).toBeVisible()
  await waitForCached(page, '/data/articles/', 'saved-articles')
})

test('unsaving asks nothing and offers an undo that puts it back in its place', async ({
  page,
}) => {
  await page.goto('/')
  const titles = [await titleOf(page, 0), await titleOf(page, 1), await titleOf(page, 2)]
  for (const title of titles) await page.getByRole('button', { name: `收藏：${title}` }).click()
  await expect.poll(() => stored(page, 'saved')).toBe(3)
  await page.goto('/saved')
  const main = page.getByRole('main')
  const listed = () => main.locator('.saved-entry h2').allInnerTexts()
  // Newest saved first.
  await expect.poll(listed).toEqual([...titles].reverse())

  await main.getByRole('button', { name: `收藏：${titles[1]}` }).click()
  await expect.poll(listed).toEqual([titles[2], titles[0]])
  const toast = page.locator('.toast')
  await expect(toast).toContainText('已取消收藏')
  // A keyboard reader on the undo holds the toast, as long as axe's four looks take.
  const undo = toast.getByRole('button', { name: '撤销' })
  await undo.focus()
  await expectAxeClean(page)
  await undo.click()
  await expect(toast).toHaveCount(0)
  await expect.poll(listed).toEqual([...titles].reverse())
  await page.reload()
  await expect.poll(listed).toEqual([...titles].reverse())
})

test('/saved with nothing saved says how to save, and is axe clean', async ({ page }) => {
  await page.goto('/saved')
  await expect(page.getByRole('main').getByText(/还没有收藏的文章/)).toBeVisible()
  await expectAxeClean(page)
})

test('two tabs stay in step on what is saved', async ({ context }) => {
  const one = await context.newPage()
  const two = await context.newPage()
  await one.goto('/')
  await two.goto('/')
  const title = await titleOf(one, 0)
  await one.getByRole('button', { name: `收藏：${title}` }).click()
  await expect(two.getByRole('button', { name: `收藏：${title}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await two.getByRole('button', { name: `收藏：${title}` }).click()
  await expect(one.getByRole('button', { name: `收藏：${title}` })).toHaveAttribute(
    'aria-pressed',
    'false',
  )
})

test('the unread filter shows only unread entries, and "mark all" marks this page or the whole list', async ({
  page,
}) => {
  await page.goto('/')
  const read = await titleOf(page, 0)
  await page.getByRole('button', { name: `标为已读：${read}` }).click()
  await expect(entries(page).first()).toHaveAttribute('data-read', 'true')

  await page.getByRole('link', { name: '只看未读' }).click()
  await expect(page).toHaveURL(/\?unread=1$/)
  // The whole list stays on screen until the unread one is ready (a router transition).
  await expect(page.locator('.list-count')).toContainText('只显示未读')
  await expect(page.locator('.unread-more')).not.toContainText('正在查找')
  await expect(entries(page).first()).toBeVisible()
  const unread = await page.getByRole('main').locator('.entry-title').allInnerTexts()
  expect(unread).not.toContain(read)
  expect(unread.length).toBeGreaterThan(1)

  // This page: asked first, and Cancel changes nothing.
  await page.getByRole('button', { name: '全部标为已读…' }).click()
  const ask = page.getByRole('group', { name: '把哪些文章标为已读？' })
  await ask.getByRole('button', { name: '取消' }).click()
  await expect(entries(page).first()).toHaveAttribute('data-read', 'false')

  await page.getByRole('link', { name: '显示全部' }).click()
  const total = Number((await page.locator('.list-count').innerText()).match(/共 (\d+) 篇/)![1])
  await page.getByRole('button', { name: '全部标为已读…' }).click()
  await ask.getByRole('button', { name: /^本页 \d+ 篇$/ }).click()
  await expect(page.locator('.list-view > [role=status]')).toHaveText(/已将 20 篇标为已读/)
  await expect(entries(page).last()).toHaveAttribute('data-read', 'true')
  await page.getByRole('link', { name: '第 2 页' }).click()
  await expect(entries(page).first()).toHaveAttribute('data-read', 'false')

  await page.getByRole('button', { name: '全部标为已读…' }).click()
  await ask.getByRole('button', { name: `整个列表 ${total} 篇` }).click()
  await expect(page.locator('.list-view > [role=status]')).toHaveText(`已将 ${total} 篇标为已读`)
  await expect(entries(page).first()).toHaveAttribute('data-read', 'true')
  await page.goto('/?unread=1')
  await expect(page.getByRole('main').getByText('这里没有未读文章。')).toBeVisible()
})

test('a long article left part-way offers to continue, and the home page shows it', async ({
  page,
}) => {
  // A short screen, so that the sample's first article is several screens long.
  await page.setViewportSize({ width: 390, height: 300 })
  await page.goto('/')
  const title = await titleOf(page, 0)
  await entries(page).first().getByRole('link', { name: title, exact: true }).click()
  await expect(page.locator('main .article-body')).toBeVisible()
  const screens = await page.evaluate(
    () => document.querySelector<HTMLElement>('main .article-body')!.offsetHeight / innerHeight,
  )
  expect(screens).toBeGreaterThan(3)
  const url = page.url()
  await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('main .article-body')!
    const top = body.getBoundingClientRect().top + scrollY
    scrollTo({ top: top + 0.5 * (body.offsetHeight - innerHeight) })
  })
  // Kept once the reader stays there a moment (the flag goes up once the place is written).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('broadsheet.continue')))
    .toBe('1')
  // Clicking the masthead's link scrolls to the top first: a passing scroll is not a place.
  await page.getByRole('link', { name: 'Broadsheet' }).first().click()

  const strip = page.getByRole('region', { name: '继续阅读' })
  await expect(strip.getByRole('link', { name: title })).toBeVisible()
  await expect(strip).toContainText(/读到 (4\d|5\d)%/)

  await page.goto(url)
  const toast = page.locator('.toast')
  await expect(toast).toContainText(/上次读到 (4\d|5\d)%/)
  await toast.getByRole('button', { name: '从那里继续' }).click()
  await expect
    .poll(() =>
      page.evaluate(() => {
        const body = document.querySelector<HTMLElement>('main .article-body')!
        const top = body.getBoundingClientRect().top + scrollY
        return (scrollY - top) / (body.offsetHeight - innerHeight)
      }),
    )
    .toBeGreaterThan(0.4)
})
