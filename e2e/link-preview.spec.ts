import { expect, test } from '@playwright/test'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StaticServer } from './support/static-server'
import { buildSite, E2E_DIST, extraDir, extraPort, serveStatic } from './support/static-server'
import { readBundle } from './support/pwa'

// A friend's chat app fetches the shared link without running JavaScript: the HTML alone must
// carry the preview. Read with plain HTTP, as a crawler would.
const tag = (html: string, attr: 'property' | 'name', key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`).exec(html)?.[1]
const canonical = (html: string) => /<link rel="canonical" href="([^"]*)">/.exec(html)?.[1]
const jsonLd = (html: string) =>
  JSON.parse(
    /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? 'null',
  ) as Record<string, unknown>
const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

test('without --site-url: each article URL answers with its title, excerpt, og: and JSON-LD tags, under 3 KB', async ({
  request,
}) => {
  const { items } = await readBundle(request)
  for (const item of items.slice(0, 5)) {
    const res = await request.get(`/article/${item.id}`)
    expect(res.status()).toBe(200)
    const html = await res.text()
    expect(decode(/<title>(.*?)<\/title>/.exec(html)?.[1] ?? '')).toContain(item.title)
    expect(decode(tag(html, 'property', 'og:title') ?? '')).toBe(item.title)
    expect(tag(html, 'property', 'og:type')).toBe('article')
    expect(tag(html, 'property', 'article:published_time')).toBe(item.date)
    expect(tag(html, 'name', 'twitter:card')).toBe('summary_large_image')
    // The excerpt, or its start when the page had to shorten it to stay small.
    const description = decode(tag(html, 'name', 'description') ?? '').replace(/…$/, '')
    expect(description.length).toBeGreaterThan(20)
    expect(item.excerpt.startsWith(description)).toBe(true)
    expect(jsonLd(html)).toMatchObject({
      '@type': 'NewsArticle',
      headline: item.title,
      datePublished: item.date,
    })
    // No absolute URL to give: no canonical, no og:url, no relative image made up.
    expect(canonical(html)).toBeUndefined()
    expect(tag(html, 'property', 'og:url')).toBeUndefined()
    if (item.thumbnail?.startsWith('/')) expect(tag(html, 'property', 'og:image')).toBeUndefined()
    // It boots the app like index.html does.
    expect(html).toMatch(/<script type="module" src="\/_app\/index-[^"]+\.js"><\/script>/)
  }
  const dir = join(E2E_DIST, 'article')
  const files = await readdir(dir)
  expect(files.length).toBe(items.length)
  for (const file of files)
    expect((await readFile(join(dir, file))).byteLength).toBeLessThanOrEqual(3 * 1024)
})

test('a post with both excerpt and description lists the excerpt and previews the description', async ({
  request,
}) => {
  const { items } = await readBundle(request)
  const item = items.find((i) => i.title.startsWith('Why SQLite'))
  expect(item?.excerpt).toBe(
    'One file next to the application is often all the database a small site needs.',
  )
  const described =
    'An embedded database keeps a small web app simple: backups are file copies, and there is no server to run.'
  const html = await (await request.get(`/article/${item?.id}`)).text()
  expect(decode(tag(html, 'name', 'description') ?? '')).toBe(described)
  // og:description is its start, as previews show two lines at most.
  const og = decode(tag(html, 'property', 'og:description') ?? '').replace(/…$/, '')
  expect(og.length).toBeGreaterThan(40)
  expect(described.startsWith(og)).toBe(true)
})

test('the page shows the title and excerpt before (and without) JavaScript, then the app takes over', async ({
  browser,
  request,
  page,
}) => {
  const { items } = await readBundle(request)
  const item = items.find((i) => [...i.excerpt].length > 20)!
  const noJs = await browser.newContext({ javaScriptEnabled: false })
  const bare = await noJs.newPage()
  await bare.goto(`/article/${item.id}`)
  await expect(bare.getByRole('heading', { level: 1, name: item.title })).toBeVisible()
  await expect(bare.getByText(item.excerpt.slice(0, 20))).toBeVisible()
  await noJs.close()

  // The JSON-LD block is data, not script: the page's CSP has nothing to refuse.
  const violations: string[] = []
  page.on('console', (m) => {
    if (/Content.Security.Policy|Trusted Type/i.test(m.text())) violations.push(m.text())
  })
  await page.goto(`/article/${item.id}`)
  await expect(page.locator('.share-preview')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible()
  await expect(page.locator('header.masthead')).toBeVisible()
  expect(violations).toEqual([])
})

test.describe('with --site-url', () => {
  const out = extraDir('preview')
  const siteUrl = 'https://news.example.com'
  let server: StaticServer

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    await buildSite(out, ['--site-url', siteUrl])
    server = await serveStatic(out, extraPort(2))
  })
  test.afterAll(async () => server?.close())

  test('canonical, og:url and og:image are absolute, from the site URL', async ({ request }) => {
    const { items } = await readBundle(request, `${server.url}`)
    const item = items.find((i) => i.thumbnail?.startsWith('/sample/'))!
    const res = await request.get(`${server.url}article/${item.id}`)
    expect(res.status()).toBe(200)
    const html = await res.text()
    const url = `${siteUrl}/article/${item.id}`
    expect(canonical(html)).toBe(url)
    expect(tag(html, 'property', 'og:url')).toBe(url)
    expect(tag(html, 'property', 'og:image')).toBe(`${siteUrl}${item.thumbnail}`)
    expect(decode(tag(html, 'property', 'og:title') ?? '')).toBe(item.title)
    expect(jsonLd(html)).toMatchObject({
      headline: item.title,
      image: [`${siteUrl}${item.thumbnail}`],
      mainEntityOfPage: url,
    })
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(3 * 1024)
  })
})

test("the home page describes the site: _config.yml's description, else its title", async ({
  request,
}) => {
  const home = await (await request.get('/')).text()
  const config = await readFile(join('content', '_config.yml'), 'utf8')
  const description = /^description: (.+)$/m.exec(config)?.[1]
  expect(description).toBeTruthy()
  expect(tag(home, 'name', 'description')).toBe(description)
})
