import { expect, test } from '@playwright/test'
import { axe } from './support/axe'
import type { Page } from '@playwright/test'
import { readBundle, waitForCached, waitForController } from './support/pwa'
import { setOffline } from './support/set-offline'

// Searching the sample content: the masthead field, the /search route, its filters and states.

const PORT_POST = '岁末年初港口集装箱吞吐量稳中有升 多地加快智慧码头建设'

/**
 * From now on, the index files read for a query (term shards, posting chunks), and apart from them
 * the manifest and the newest doc pages, which the search code reads as it loads, before any query.
 */
function indexRequests(page: Page): { query: string[]; manifest: string[]; docPages: string[] } {
  const urls = { query: [] as string[], manifest: [] as string[], docPages: [] as string[] }
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname
    if (/^\/data\/search\/[tp]-/.test(path)) urls.query.push(req.url())
    else if (path.startsWith('/data/search/d-')) urls.docPages.push(req.url())
    else if (path.startsWith('/data/search/')) urls.manifest.push(req.url())
  })
  return urls
}

const results = (page: Page) => page.locator('main .search-result')
const count = (page: Page) => page.getByRole('main').getByRole('status')

/** One screen of results is read first, the rest of the page as it scrolls into view: read it. */
async function readPage(page: Page) {
  await results(page).first().waitFor()
  await page.mouse.wheel(0, 100_000)
}

test.describe('typing a search', () => {
  test.use({ serviceWorkers: 'block' })

  test('an input method composing pinyin runs no search until compositionend', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
    const requests = indexRequests(page)
    const field = page.getByRole('searchbox', { name: '搜索' })
    await field.click()
    const events = await field.evaluateHandle((input) => {
      const seen: string[] = []
      for (const type of ['compositionstart', 'compositionupdate', 'compositionend'])
        input.addEventListener(type, () => seen.push(type))
      return seen
    })
    // Chromium's own IME path: the same events a pinyin input method produces.
    const cdp = await page.context().newCDPSession(page)
    for (const text of ['ji', 'jizhuang', 'jizhuangxiang'])
      await cdp.send('Input.imeSetComposition', {
        text,
        selectionStart: text.length,
        selectionEnd: text.length,
      })
    await expect(field).toHaveValue('jizhuangxiang')
    // Well past the debounce: still no search, no request, no navigation.
    await page.waitForTimeout(1000)
    expect(await events.jsonValue()).toContain('compositionstart')
    expect(await events.jsonValue()).not.toContain('compositionend')
    expect(requests.query).toEqual([])
    // Focusing the field loaded the search code, which read the manifest ahead of the query, and
    // the doc page of the newest posts (the sample has one).
    expect(requests.manifest).toHaveLength(1)
    expect(requests.docPages).toHaveLength(1)
    await expect(page).toHaveURL('/')

    await cdp.send('Input.insertText', { text: '集装箱' })
    expect(await events.jsonValue()).toContain('compositionend')
    await expect(page).toHaveURL(`/search?q=${encodeURIComponent('集装箱')}`)
    await expect(results(page).getByRole('link', { name: PORT_POST })).toBeVisible()
    expect(requests.query.length).toBeGreaterThan(0)
    // Focus stayed in the field while the page changed under it.
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('集装箱')
  })

  test('a Traditional-script query finds the Simplified post, highlighted in title and snippet', async ({
    page,
  }) => {
    await page.goto(`/search?q=${encodeURIComponent('集裝箱')}`)
    const hit = results(page).filter({ hasText: PORT_POST })
    await expect(hit).toHaveCount(1)
    await expect(count(page)).toHaveText('共 1 条结果')
    await expect(hit.locator('h2 mark')).toHaveText('集装箱')
    await expect(hit.locator('.search-snippet mark').first()).toHaveText('集装箱')
    // The date and the category path.
    await expect(hit.locator('time')).toHaveAttribute('datetime', /^2022-01-0/)
    await expect(hit.getByRole('link', { name: '金融 › 新浪财经 › 新浪财经－国內' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索：集裝箱')
  })

  test('phrases, exclusions and spaces as AND', async ({ page }) => {
    const titlesFor = async (q: string) => {
      await page.goto(`/search?q=${encodeURIComponent(q)}`)
      await expect(count(page)).toHaveText(/共 \d+ 条结果/)
      return results(page).locator('h2').allInnerTexts()
    }
    const reading = await titlesFor('阅读')
    expect(reading).toContain('聊聊电子墨水屏：为什么它仍然适合长时间阅读')
    const excluded = await titlesFor('阅读 -墨水屏')
    expect(excluded).toEqual(reading.filter((t) => !t.includes('墨水屏')))
    expect(excluded.length).toBeGreaterThan(0)

    expect(await titlesFor('memory node')).toEqual([
      'Notes on debugging a memory leak in a long-running Node process',
    ])
    expect(await titlesFor('"memory node"')).toEqual([])
    await expect(page.getByText('没有找到结果。')).toBeVisible()
    expect(await titlesFor('"memory leak"')).toEqual([
      'Notes on debugging a memory leak in a long-running Node process',
    ])
  })

  test('filters: a category subtree and a month range, with or without words', async ({
    page,
    request,
  }) => {
    const { items, days } = await readBundle(request)
    const inCategory = (path: string[]) =>
      items.filter((i) => i.categories.some((c) => path.every((n, k) => c[k] === n)))
    const january = days
      .filter((d) => d.path.startsWith('/archive/2022/01/'))
      .flatMap((d) => d.items)

    // Browse: no words, a category.
    await page.goto(`/search?category=${encodeURIComponent('金融')}`)
    await readPage(page)
    await expect(count(page)).toHaveText(`共 ${inCategory(['金融']).length} 条结果`)

    // A subtree, chosen from the tree in the chip's popover.
    await page.getByText('分类 金融').click()
    await page
      .locator('.category-filter')
      .getByRole('link', { name: /^新浪财经－美股/ })
      .click()
    await expect(page).toHaveURL(/category=%E9%87%91%E8%9E%8D%2F/)
    const us = inCategory(['金融', '新浪财经', '新浪财经－美股'])
    await readPage(page)
    await expect(count(page)).toHaveText(`共 ${us.length} 条结果`)
    await expect(results(page).locator('h2')).toHaveText(us.map((i) => i.title))

    // Then a month range: from and to January 2022.
    await page.locator('summary', { hasText: '日期' }).click()
    await page.getByLabel('从').selectOption('2022-01')
    await page.getByLabel('到').selectOption('2022-01')
    await page.getByRole('button', { name: '应用' }).click()
    await expect(page).toHaveURL(/from=2022-01&to=2022-01/)
    const both = us.filter((i) => january.some((j) => j.id === i.id))
    await readPage(page)
    await expect(count(page)).toHaveText(`共 ${both.length} 条结果`)

    // Words within the filters, then none at all: the empty state suggests widening them.
    await page.goto(
      `/search?q=${encodeURIComponent('集装箱')}&category=${encodeURIComponent('游戏')}&from=2022-01&to=2022-01`,
    )
    await expect(page.getByText('没有找到结果。')).toBeVisible()
    await expect(page.getByText('试试放宽筛选条件')).toBeVisible()
    await page.getByRole('button', { name: '清除筛选' }).click()
    await expect(results(page).getByRole('link', { name: PORT_POST })).toBeVisible()
    await expect(page).toHaveURL(`/search?q=${encodeURIComponent('集装箱')}`)
  })

  test('paging with More, a reload and Back keep the results', async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('的')}`)
    // One screen of results is read first, the rest of the page as it comes into view.
    await expect(results(page)).toHaveCount(6)
    await expect(page.getByRole('button', { name: '更多结果' })).toHaveCount(0)
    await results(page).last().scrollIntoViewIfNeeded()
    await expect(results(page)).toHaveCount(20)
    await expect(count(page)).toHaveText(/^约 \d+ 条结果$/)
    await page.getByRole('button', { name: '更多结果' }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(count(page)).toHaveText(/^共 \d+ 条结果$/)
    const total = Number((await count(page).innerText()).match(/\d+/)![0])
    expect(total).toBeGreaterThan(20)
    await expect(results(page)).toHaveCount(total)
    await expect(page.getByRole('button', { name: '更多结果' })).toHaveCount(0)

    await page.reload()
    await expect(results(page)).toHaveCount(total)

    const last = results(page).last().locator('h2 a')
    const title = await last.innerText()
    await last.click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await page.goBack()
    await expect(results(page)).toHaveCount(total)
    await expect(page.getByRole('searchbox', { name: '搜索' })).toHaveValue('的')
    await expect(results(page).last()).toBeInViewport()

    // Sorting by relevance: the same posts, in another order, and shareable.
    await page.getByRole('link', { name: '相关度' }).click()
    await expect(page).toHaveURL(/sort=relevance/)
    await expect(page.getByRole('link', { name: '相关度' })).toHaveAttribute('aria-current', 'true')
  })

  test('keyboard only: / focuses the field, Enter shows the results, Tab reaches one', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
    // The home page's static snapshot shows before the app listens for keys.
    await expect(page.locator('html[data-app]')).toHaveCount(1)
    await page.keyboard.press('/')
    const field = page.getByRole('searchbox', { name: '搜索' })
    await expect(field).toBeFocused()
    await page.keyboard.type('rss')
    await page.keyboard.press('Enter')
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: '搜索：rss' })).toBeFocused()
    await expect(count(page)).toHaveText('共 1 条结果')
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab')
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')
      if (href.startsWith('/article/')) break
    }
    await expect(page.locator(':focus')).toHaveText('The quiet return of RSS readers')
    await page.keyboard.press('Enter')
    await expect(
      main.getByRole('heading', { level: 1, name: 'The quiet return of RSS readers' }),
    ).toBeFocused()

    // `/` is an ordinary character inside a field.
    await page.keyboard.press('/')
    await expect(field).toBeFocused()
    await page.keyboard.type('a/b')
    await expect(field).toHaveValue('a/b')
  })

  test('on a phone, the icon opens a full-screen search', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/')
    const field = page.getByRole('searchbox', { name: '搜索' })
    await expect(field).toBeHidden()
    await page.getByRole('link', { name: '打开搜索' }).click()
    await expect(page).toHaveURL('/search')
    await expect(field).toBeFocused()
    const box = (await field.boundingBox())!
    expect(box.width).toBeGreaterThan(260)
    await page.keyboard.type('rss')
    await expect(results(page)).toHaveCount(1)
    await page.getByRole('link', { name: '关闭搜索' }).click()
    await expect(page).toHaveURL('/')
    await expect(page.getByRole('link', { name: '打开搜索' })).toBeVisible()
  })
})

test('offline: a search runs over the cached index parts, and says when it may be incomplete', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await waitForController(page)
  await page.goto(`/search?q=${encodeURIComponent('集装箱')}`)
  await expect(results(page).getByRole('link', { name: PORT_POST })).toBeVisible()
  await waitForCached(page, '/data/search/t-')
  await waitForCached(page, '/data/articles/')

  await setOffline(context, true)
  await page.reload()
  await expect(results(page).getByRole('link', { name: PORT_POST })).toBeVisible()
  await expect(page.getByText('结果可能不完整')).toHaveCount(0)

  // Words whose parts were never fetched: what is cached is searched, and the page says so.
  const field = page.getByRole('searchbox', { name: '搜索' })
  await field.fill('rss')
  await expect(page.getByText('离线：部分索引尚未保存在本机，结果可能不完整。')).toBeVisible()
})

for (const theme of ['light', 'dark'] as const)
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])
    test(`axe: /search at ${viewport.width}×${viewport.height}, ${theme}`, async ({ page }) => {
      await page.setViewportSize(viewport)
      await page.emulateMedia({ colorScheme: theme })
      await page.addInitScript((t) => localStorage.setItem('broadsheet.theme', t), theme)
      await page.goto(
        `/search?q=${encodeURIComponent('阅读')}&category=${encodeURIComponent('科技')}`,
      )
      await expect(results(page).first().locator('mark').first()).toBeVisible()
      await page.waitForLoadState('networkidle')
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      const check = async () => {
        const { violations } = await axe(page).analyze()
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([])
      }
      await check()
      // With a filter's popover open too.
      await page.locator('summary', { hasText: '日期' }).click()
      await expect(page.getByLabel('从')).toBeVisible()
      await check()
    })
