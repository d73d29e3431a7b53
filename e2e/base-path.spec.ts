import { expect, test } from '@playwright/test'
import type { StaticServer } from './support/static-server'
import { buildSite, extraDir, extraPort, serveStatic } from './support/static-server'
import {
  categoryPath,
  installabilityErrors,
  readBundle,
  waitForController,
  withPersistentContext,
} from './support/pwa'
import { setOffline } from './support/set-offline'

// Deployed under a sub-path on a plain static host (GitHub Pages-like: files, `x` → `x.html`,
// and 404.html for anything else): every asset, route, the manifest and the worker stay inside it.
// One worker: the build and its server are shared by the tests below.
test.describe.configure({ mode: 'serial' })
const out = extraDir('news')
let server: StaticServer

test.beforeAll(async () => {
  test.setTimeout(120_000)
  await buildSite(out, ['--base', '/news/'])
  server = await serveStatic(out, extraPort(5), '/news/')
})
test.afterAll(async () => server?.close())

test('home, a deep link and an article URL work under /news/', async ({ page, request }) => {
  const { items } = await readBundle(request, server.url)
  const failed: string[] = []
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.request().isNavigationRequest()) failed.push(r.url())
  })
  await page.goto(server.url)
  await expect(
    page.getByRole('main').getByRole('link', { name: items[0]!.title }).first(),
  ).toBeVisible()

  const category = items[0]!.categories[0]!
  // No such file: the host answers 404 with 404.html, which boots the app at that route.
  const res = await page.goto(`${server.url}${categoryPath(category).slice(1)}`)
  expect(res?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: category.at(-1) })).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: items[0]!.title }).first().click()
  await expect(page).toHaveURL(new RegExp(`/news/article/${items[0]!.id}\\?`))

  const direct = await page.goto(`${server.url}article/${items[1]!.id}`)
  expect(direct?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1, name: items[1]!.title })).toBeVisible()
  // Nothing of ours failed to load (foreign image hosts are out of reach in tests).
  expect(failed.filter((u) => u.startsWith('http://localhost'))).toEqual([])
})

test('an article URL paints the article before the app runs under /news/ too', async ({
  page,
  request,
}) => {
  const { items } = await readBundle(request, server.url)
  const item = items.find((i) => (i.categories[0]?.length ?? 0) > 0) ?? items[0]!
  // Without the app's code at all: what shows is the first paint (src/first-paint).
  await page.route(/\/_app\/index-[\w-]+\.js$/, (route) => route.abort())
  await page.goto(`${server.url}article/${item.id}`, { waitUntil: 'commit' })
  await expect(page.locator('#snapshot .article-title')).toHaveText(item.title)
  await expect(page.locator('#snapshot .article-body p').first()).toBeVisible()
  const hrefs = await page
    .locator('#snapshot .article-breadcrumb a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  expect(hrefs.length).toBe(item.categories[0]?.length ?? 0)
  for (const href of hrefs) expect(href).toMatch(/^\/news\/category\//)
})

test('the manifest and the service worker are scoped to /news/, and a reload works offline', async ({
  page,
  context,
  request,
}) => {
  const { items } = await readBundle(request, server.url)
  const manifest = (await (
    await request.get(`${server.url}manifest.webmanifest`)
  ).json()) as Record<string, string>
  expect(manifest).toMatchObject({ start_url: '/news/', scope: '/news/' })

  await page.goto(`${server.url}article/${items[0]!.id}`)
  await waitForController(page)
  const scope = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.scope,
  )
  expect(scope).toBe(server.url)
  await expect(page.getByRole('heading', { level: 1, name: items[0]!.title })).toBeVisible()

  await setOffline(context, true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: items[0]!.title })).toBeVisible()
  await page.goto(server.url)
  await expect(
    page.getByRole('main').getByRole('link', { name: items[0]!.title }).first(),
  ).toBeVisible()
})

test('Chromium reports the /news/ build installable', async () => {
  await withPersistentContext(server.url, async (context) => {
    const page = await context.newPage()
    await page.goto(server.url)
    await waitForController(page)
    expect(await installabilityErrors(page)).toEqual([])
  })
})
