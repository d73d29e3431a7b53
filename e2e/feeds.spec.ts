import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { expectAxeClean } from './support/axe'
import { readBundle } from './support/pwa'
import type { StaticServer } from './support/static-server'
import { buildSite, extraDir, extraPort, serveStatic } from './support/static-server'

// Feeds in the app (issue 16): a site built with a site URL names its feeds in its pages, and
// home and each category page offer theirs, with a link per format and a "copy" action.

const out = extraDir('feeds')
const siteUrl = 'https://news.example.com'
const CATEGORY = ['金融', '新浪财经']
let server: StaticServer

test.describe.configure({ mode: 'serial' })
test.beforeAll(async () => {
  test.setTimeout(180_000)
  await buildSite(out, ['--site-url', siteUrl])
  server = await serveStatic(out, extraPort(6))
})
test.afterAll(async () => server?.close())

const atomLinks = (page: Page) =>
  page.locator('head link[rel="alternate"][type="application/atom+xml"]')

async function openMenu(page: Page) {
  const menu = page.getByRole('main').locator('.feed-menu')
  await menu.getByText('订阅', { exact: true }).click()
  return menu
}

/** The menu links each format's feed under `folder`, and its "copy" action copies the Atom one's URL. */
async function expectMenu(page: Page, folder: string) {
  const menu = await openMenu(page)
  for (const [name, file] of [
    ['Atom', 'feed.atom'],
    ['RSS', 'feed.xml'],
    ['JSON Feed', 'feed.json'],
  ])
    await expect(menu.getByRole('link', { name, exact: true })).toHaveAttribute(
      'href',
      `${folder}${file}`,
    )
  await menu.getByRole('button', { name: '复制订阅地址' }).click()
  await expect(menu.getByRole('status')).toHaveText('订阅地址已复制')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${folder}feed.atom`)
}

test('home names the site’s feeds for feed readers, in all three formats', async ({ page }) => {
  await page.goto(server.url)
  for (const [type, file] of [
    ['application/atom+xml', 'feed.atom'],
    ['application/rss+xml', 'feed.xml'],
    ['application/feed+json', 'feed.json'],
  ])
    await expect(page.locator(`head link[rel="alternate"][type="${type}"]`)).toHaveAttribute(
      'href',
      `/${file}`,
    )
})

test('home’s menu links each of the site’s feeds and copies the Atom URL', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(server.url)
  await expect(atomLinks(page)).toHaveCount(1)
  await expectMenu(page, server.url)
  await expectAxeClean(page, [
    ['light', 390, 844],
    ['dark', 1280, 800],
  ])
})

test('a category page announces its own feeds in the head and its menu, which copies the Atom URL; the feed is that category’s', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const category = `${server.url}category/${CATEGORY.map(encodeURIComponent).join('/')}`
  await page.goto(category)
  const href = `${category}/feed.atom`
  await expect(page.locator(`head link[rel="alternate"][href="${href}"]`)).toHaveCount(1)
  await expectMenu(page, `${category}/`)
  await expectAxeClean(page, [
    ['light', 390, 844],
    ['dark', 1280, 800],
  ])

  const feed = await request.get(href)
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toContain('application/atom+xml')
  const xml = await feed.text()
  expect(xml).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/)
  expect(xml).toContain(CATEGORY.at(-1))

  // Leaving the category takes its feeds out of the head; the site's stay.
  await page.getByRole('main').getByRole('link', { name: '首页' }).first().click()
  await expect(page.locator(`head link[rel="alternate"][href="${href}"]`)).toHaveCount(0)
  await expect(atomLinks(page)).toHaveCount(1)
})

test('a share page names the site’s feed and its category’s for feed readers', async ({
  request,
}) => {
  const { items } = await readBundle(request, server.url)
  const html = await (await request.get(`${server.url}article/${items[0]!.id}`)).text()
  const feeds = [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml"[^>]*>/g)]
  expect(feeds.length).toBeGreaterThanOrEqual(1)
  expect(feeds[0]![0]).toContain('href="/feed.atom"')
})

test('the feed menu arriving after the list moves nothing on the page', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifted: number }
    w.shifted = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[])
        w.shifted += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  // Slow the menu's code, so that it surely comes after the list has painted.
  await page.route(/feed-menu-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  await page.goto(`${server.url}category/${CATEGORY.map(encodeURIComponent).join('/')}`)
  await expect(page.getByRole('main').locator('.entry').first()).toBeVisible()
  await expect(page.getByRole('main').locator('.feed-menu')).toBeVisible()
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
  expect(await page.evaluate(() => (window as unknown as { shifted: number }).shifted)).toBe(0)
})
