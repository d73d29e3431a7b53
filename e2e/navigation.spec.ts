import { expect, test } from '@playwright/test'
import type { APIRequestContext } from '@playwright/test'
import { getBundleJson } from './support/bundle'

/** An old Hexo permalink and the article id it maps to, read from the built alias table. */
async function readAlias(request: APIRequestContext): Promise<{ permalink: string; id: string }> {
  const entry = (await (await request.get('/data/entry.json')).json()) as { aliases: string }
  const index = await getBundleJson<{ shards: string[] }>(
    request,
    `/data/aliases/index-${entry.aliases}.json.gz`,
  )
  const shard = await getBundleJson<{ ids: Record<string, string> }>(
    request,
    `/data/aliases/${index.shards[0]}.json.gz`,
  )
  const [permalink, id] = Object.entries(shard.ids).find(([p]) => /[^ -~]/.test(p))!
  return { permalink, id }
}

/** The address an old permalink was served at, each segment URL-encoded. */
const permalinkUrl = (permalink: string) =>
  `/${permalink.split('/').map(encodeURIComponent).join('/')}/`

const category = (...path: string[]) => `/category/${path.map(encodeURIComponent).join('/')}`

// Every route type opened directly and reloaded: each shows its page, not the home page or a 404.
test.describe('deep links survive a reload', () => {
  const cases: [string, string, RegExp][] = [
    ['home', '/', /^最新文章$/],
    ['home, page 2', '/?page=2', /^最新文章$/],
    ['category', category('金融', '新浪财经', '新浪财经－国內'), /^新浪财经－国內$/],
    ['archive year', '/archive/2021', /^2021年$/],
    ['archive month', '/archive/2021/12', /^2021年12月$/],
    ['archive day', '/archive/2022/01/06', /^2022年1月6日$/],
    ['article', '/article/Ro5nf5o-sM2s', /^The quiet return of RSS readers$/],
  ]
  for (const [name, url, heading] of cases) {
    test(name, async ({ page }) => {
      await page.goto(url)
      const h1 = page.getByRole('main').getByRole('heading', { level: 1 })
      await expect(h1).toHaveText(heading)
      await page.reload()
      await expect(h1).toHaveText(heading)
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(url)
    })
  }

  test('an old Hexo permalink redirects to its article', async ({ page, request }) => {
    const { permalink, id } = await readAlias(request)
    const title = permalink.split('/').at(-1)!
    await page.goto(permalinkUrl(permalink))
    await expect(page).toHaveURL(new RegExp(`/article/${id}$`))
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(title)
    await page.reload()
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(title)
  })
})

// Only a URL no route knows reads the alias table: its files fail like any other, with Retry.
test.describe('old permalinks and the alias table', () => {
  test.use({ serviceWorkers: 'block' })
  const INDEX = /\/data\/aliases\/index-[\w-]+\.json\.gz$/
  const SHARD = /\/data\/aliases\/(?!index-)[\w-]+\.json\.gz$/
  const cases = [
    ['a missing alias index', INDEX, 404, /找不到所需的数据文件/],
    ['a corrupt alias index', INDEX, 200, /数据文件已损坏/],
    ['a corrupt alias shard', SHARD, 200, /数据文件已损坏/],
  ] as const
  for (const [name, url, status, message] of cases) {
    test(`${name}: a message and Retry, which redirects`, async ({ page, request }) => {
      const { permalink, id } = await readAlias(request)
      await page.route(url, (route) =>
        route.fulfill({ status, contentType: 'application/json', body: '{"format": ' }),
      )
      await page.goto(permalinkUrl(permalink))
      const main = page.getByRole('main')
      await expect(main.getByText(message)).toBeVisible({ timeout: 15_000 })
      await page.unroute(url)
      await main.getByRole('button', { name: '重试' }).click()
      await expect(page).toHaveURL(new RegExp(`/article/${id}$`))
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(permalink.split('/').at(-1)!)
    })
  }

  test('the home page and an article read none of it', async ({ page }) => {
    const read: string[] = []
    page.on('request', (r) => {
      if (r.url().includes('/data/aliases/')) read.push(r.url())
    })
    await page.goto('/')
    await page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .first()
      .getByRole('link')
      .click()
    await expect(page.locator('.article-body')).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(read).toEqual([])
  })
})

test('pagination links are real URLs and Back restores the scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 })
  await page.goto('/')
  const main = page.getByRole('main')
  const pages = main.getByRole('navigation', { name: '分页' })
  await expect(pages.getByRole('link', { name: '第 2 页' })).toHaveAttribute('href', '/?page=2')

  // Scroll to an entry far down the first page, open it, come back.
  const entry = main.getByRole('heading', { level: 2 }).nth(12).getByRole('link')
  await entry.scrollIntoViewIfNeeded()
  const scrolled = await page.evaluate(() => window.scrollY)
  expect(scrolled).toBeGreaterThan(600)
  const title = (await entry.innerText()).trim()
  await entry.click()
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(title)
  await page.goBack()
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('最新文章')
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled)

  // A new page starts at the top.
  await pages.getByRole('link', { name: '第 2 页' }).click()
  await expect(page).toHaveURL(/\?page=2$/)
  await expect(pages.getByRole('link', { name: '第 2 页' })).toHaveAttribute('aria-current', 'page')
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
})

test('an article opened from a list offers the previous and next in that list', async ({
  page,
}) => {
  await page.goto('/')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 2 }).first()).toBeVisible()
  const titles = await main.getByRole('heading', { level: 2 }).allInnerTexts()
  await main.getByRole('link', { name: titles[0]!.trim() }).click()
  const neighbours = main.getByRole('navigation', { name: '上一篇与下一篇' })
  await expect(neighbours.getByRole('link', { name: /^上一篇/ })).toHaveCount(0)
  await neighbours.getByRole('link', { name: /^下一篇/ }).click()
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(titles[1]!.trim())
  await neighbours.getByRole('link', { name: /^上一篇/ }).click()
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(titles[0]!.trim())
})
