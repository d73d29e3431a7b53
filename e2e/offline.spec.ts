import { expect, test } from '@playwright/test'
import {
  categoryPath,
  readBundle,
  visibleImages,
  waitForCached,
  waitForController,
} from './support/pwa'
import { setOffline } from './support/set-offline'

// Read on a train: what the reader opened stays readable offline, images included; what they
// did not open says so inside the app, never with the browser's offline page.
test('a visited article and category read offline after a reload; an unvisited article says it is not saved', async ({
  page,
  context,
  request,
}) => {
  const { items } = await readBundle(request)
  const article = items.find((i) => i.thumbnail?.startsWith('/sample/') && i.categories.length > 0)!
  const category = article.categories[0]!
  const unvisited = items.find(
    (i) => i.id !== article.id && !i.categories.some((c) => c[0] === category[0]),
  )!

  // First visit, straight to the article: it loads before the worker controls the page.
  await page.goto(`/article/${article.id}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
  await waitForController(page)
  await waitForCached(page, `/data/articles/`)
  // Its header image was preloaded by the share page, before the worker was there to see it.
  const hero = await page.locator('.article-hero img').getAttribute('src')
  await waitForCached(page, new URL(hero!, page.url()).pathname)

  await page.goto(categoryPath(category))
  await expect(page.getByRole('heading', { level: 1, name: category.at(-1) })).toBeVisible()
  // The category's list ref is in a shard of its own, apart from the tree (format 4).
  await waitForCached(page, '/data/tree/r-')
  await expect
    .poll(async () => (await visibleImages(page, 'main')).every((i) => i.loaded))
    .toBe(true)
  const thumbnails = (await visibleImages(page, 'main')).length
  expect(thumbnails).toBeGreaterThan(0)
  for (const { src } of await visibleImages(page, 'main'))
    await waitForCached(page, new URL(src).pathname)

  await setOffline(context, true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: category.at(-1) })).toBeVisible()
  await expect(page.locator('.offline-indicator')).toHaveText(/离线|Offline/)
  await expect
    .poll(async () => (await visibleImages(page, 'main')).filter((i) => i.loaded).length)
    .toBe(thumbnails)

  await page.goto(`/article/${article.id}`)
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
  await expect(page.locator('.article-hero img')).toHaveJSProperty('complete', true)
  expect(
    await page.locator('.article-hero img').evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0)

  await page.goto(`/article/${unvisited.id}`)
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: /你已离线，而这篇文章尚未保存|You're offline and this article isn't saved/,
    }),
  ).toBeVisible()
  // Inside the app's layout, with a way back that works offline.
  await expect(page.locator('header.masthead')).toBeVisible()
  await page.getByRole('link', { name: /返回最新文章|Back to latest/ }).click()
  await expect(
    page.getByRole('main').getByRole('link', { name: items[0]!.title }).first(),
  ).toBeVisible()
})
