import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { waitForCached, waitForController } from './support/pwa'
import { setOffline } from './support/set-offline'

// The sample posts carry tags: 编辑精选 on 22 (two pages), 阅读 工具 (CJK and a space) on 4, and
// two that content/_config.yml's tag_map keys, as Hexo slugs them: 静态网站 on 2, at
// /tag/static-sites, and JavaScript on 3, one of them written `JS`, which shares its page.
const tagUrl = (name: string, page?: number) =>
  `/tag/${encodeURIComponent(name)}${page ? `?page=${page}` : ''}`
const main = (page: Page) => page.getByRole('main')
const h1 = (page: Page) => main(page).getByRole('heading', { level: 1 })
const entryTitles = (page: Page) => main(page).locator('.entries .entry-title a')

/** The list's dates, as the entries' <time datetime> give them. */
async function entryDates(page: Page): Promise<string[]> {
  return main(page)
    .locator('.entries time[datetime]')
    .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''))
}

test('the masthead leads to the tag index, which lists every tag with its count, most used first', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: '标签' }).click()
  await expect(page).toHaveURL(/\/tags$/)
  await expect(h1(page)).toHaveText('标签')
  const tags = main(page).getByRole('list', { name: '标签' }).getByRole('link')
  await expect(tags.first()).toHaveText('编辑精选 22 篇')
  await expect(tags.nth(1)).toHaveText('阅读 工具 4 篇')
  // tag_map: the post tagged JS is counted under JavaScript, and JS has no entry of its own.
  await expect(main(page).getByRole('link', { name: 'JavaScript 3 篇' })).toBeVisible()
  await expect(main(page).getByRole('link', { name: /^JS / })).toHaveCount(0)
  await expect(main(page).getByRole('link', { name: '静态网站 2 篇' })).toHaveAttribute(
    'href',
    '/tag/static-sites',
  )
  // A tag written as a number is text.
  await expect(main(page).getByRole('link', { name: '2022 2 篇' })).toHaveAttribute(
    'href',
    '/tag/2022',
  )
  const counts = await tags.evaluateAll((links) =>
    links.map((a) => Number(a.querySelector('.count')?.firstChild?.textContent)),
  )
  expect(counts).toEqual([...counts].sort((a, b) => b - a))
})

test('a tag page lists its posts newest first, pages, and Back returns through the pages', async ({
  page,
}) => {
  await page.goto('/tags')
  await main(page).getByRole('link', { name: '编辑精选 22 篇' }).click()
  await expect(page).toHaveURL(tagUrl('编辑精选'))
  await expect(h1(page)).toHaveText('编辑精选')
  await expect(main(page).getByText('共 22 篇 · 第 1 / 2 页')).toBeVisible()
  await expect(entryTitles(page)).toHaveCount(20)
  const first = await entryDates(page)
  expect(first).toEqual([...first].sort().reverse())

  await main(page)
    .getByRole('navigation', { name: '分页' })
    .getByRole('link', { name: '第 2 页' })
    .click()
  await expect(page).toHaveURL(tagUrl('编辑精选', 2))
  await expect(entryTitles(page)).toHaveCount(2)
  const second = await entryDates(page)
  expect(second.every((d) => d <= first.at(-1)!)).toBe(true)

  await page.reload()
  await expect(entryTitles(page)).toHaveCount(2)
  await page.goBack()
  await expect(page).toHaveURL(tagUrl('编辑精选'))
  await expect(entryTitles(page)).toHaveCount(20)
  await page.goBack()
  await expect(page).toHaveURL(/\/tags$/)
  await expect(h1(page)).toHaveText('标签')
})

test('a tag with CJK and a space in its name works from the article, by URL and after reload', async ({
  page,
}) => {
  await page.goto('/article/Ro5nf5o-sM2s')
  await expect(h1(page)).toHaveText('The quiet return of RSS readers')
  const tags = main(page).getByRole('list', { name: '标签' })
  await tags.getByRole('link', { name: '阅读 工具' }).click()
  await expect(page).toHaveURL(tagUrl('阅读 工具'))
  await expect(h1(page)).toHaveText('阅读 工具')
  await expect(entryTitles(page)).toHaveCount(4)
  await expect(
    entryTitles(page).filter({ hasText: 'The quiet return of RSS readers' }),
  ).toHaveCount(1)
  await page.reload()
  await expect(h1(page)).toHaveText('阅读 工具')
  await page.goBack()
  await expect(h1(page)).toHaveText('The quiet return of RSS readers')
})

test('a tag keyed by tag_map keeps its name on its page and its article, and links by its key', async ({
  page,
}) => {
  await page.goto('/tags')
  await main(page).getByRole('link', { name: '静态网站 2 篇' }).click()
  await expect(page).toHaveURL(tagUrl('static-sites'))
  await expect(h1(page)).toHaveText('静态网站')
  await expect(page).toHaveTitle(/静态网站/)
  await expect(entryTitles(page)).toHaveCount(2)
  await entryTitles(page).filter({ hasText: 'Notes from a Hexo site' }).click()
  const tags = main(page).getByRole('list', { name: '标签' })
  await expect(tags.getByRole('link', { name: '静态网站' })).toHaveAttribute(
    'href',
    '/tag/static-sites',
  )
  await expect(main(page).getByRole('link', { name: '返回「标签：静态网站」' })).toBeVisible()

  // JS keeps its name on its article and links to the page it shares with JavaScript.
  await page.goto('/tags')
  await main(page).getByRole('link', { name: 'JavaScript 3 篇' }).click()
  await entryTitles(page).filter({ hasText: 'JavaScript 周刊第 113 期' }).click()
  const js = main(page).getByRole('list', { name: '标签' }).getByRole('link', { name: 'JS' })
  await expect(js).toHaveAttribute('href', '/tag/JavaScript')
  await js.click()
  await expect(h1(page)).toHaveText('JavaScript')
  await expect(entryTitles(page)).toHaveCount(3)
})

test('an article opened from a tag page offers previous and next within the tag', async ({
  page,
}) => {
  await page.goto(tagUrl('阅读 工具'))
  await entryTitles(page).nth(1).click()
  const neighbours = main(page).getByRole('navigation', { name: /上一篇|下一篇|前后/ })
  await expect(main(page).getByRole('link', { name: /标签：阅读 工具.*2.*4/ })).toBeVisible()
  await expect(neighbours.getByRole('link')).toHaveCount(3)
  await main(page).getByRole('link', { name: '返回「标签：阅读 工具」' }).click()
  await expect(page).toHaveURL(tagUrl('阅读 工具'))
})

test('an unknown tag, or a page past the end, is the not-found page', async ({ page }) => {
  await page.goto(tagUrl('没有这个标签'))
  await expect(h1(page)).toHaveText('找不到这一页')
  await expect(main(page).getByText('没有这个标签。')).toBeVisible()
  await page.goto(tagUrl('编辑精选', 3))
  await expect(h1(page)).toHaveText('找不到这一页')
  await main(page).getByRole('link', { name: '回到列表第一页' }).click()
  await expect(h1(page)).toHaveText('编辑精选')
})

test('a visited tag page and the tag index read offline after a reload, like a category', async ({
  page,
  context,
}) => {
  await page.goto('/tags')
  await expect(h1(page)).toHaveText('标签')
  await waitForController(page)
  await page.goto(tagUrl('阅读 工具'))
  await expect(entryTitles(page)).toHaveCount(4)
  await waitForCached(page, '/data/tags/s-')
  await setOffline(context, true)
  await page.reload()
  await expect(h1(page)).toHaveText('阅读 工具')
  await expect(entryTitles(page)).toHaveCount(4)
  await main(page)
    .getByRole('navigation', { name: '当前位置' })
    .getByRole('link', { name: '标签' })
    .click()
  await expect(main(page).getByRole('link', { name: '阅读 工具 4 篇' })).toBeVisible()
})

test.describe('data failures', () => {
  test.use({ serviceWorkers: 'block' })
  for (const [name, url] of [
    ['the tag shard', /\/data\/tags\/s-[\w-]+\.json\.gz$/],
    ['the tag index', /\/data\/tags\/(?!s-)[\w-]+\.json\.gz$/],
  ] as const) {
    test(`a corrupt ${name}: a message and Retry, which recovers`, async ({ page }) => {
      await page.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 3' }),
      )
      await page.goto(name === 'the tag index' ? '/tags' : tagUrl('RSS'))
      await expect(main(page).getByText(/数据文件已损坏/)).toBeVisible({ timeout: 15_000 })
      await page.unroute(url)
      await main(page).getByRole('button', { name: '重试' }).click()
      await expect(h1(page)).toHaveText(name === 'the tag index' ? '标签' : 'RSS')
    })
  }
})
