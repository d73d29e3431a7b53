/**
 * Network and deploy faults, made with route interception: each shows a clear message inside the
 * layout, with Retry (or Reload) where it helps, and the app recovers once the fault clears.
 */
import { expect, test } from '@playwright/test'
import type { Page, Route } from '@playwright/test'
import { setOffline } from './support/set-offline'

// Interception must see every bundle request: no service worker answering from its cache.
test.use({ serviceWorkers: 'block' })

const MESSAGES = {
  notFound: /找不到所需的数据文件|A data file is missing/,
  server: /服务器出错（500）|The server had a problem \(500\)/,
  badJson: /数据文件已损坏|A data file is damaged/,
  format: /由新版本生成|built by a newer version/,
  timeout: /长时间没有响应|taking too long/,
  offline: /离线|offline/i,
}
const RETRY = /^(重试|Retry)$/
const RELOAD = /^(重新加载|Reload)$/

const articleLinks = (page: Page) => page.locator('main a[href*="/article/"]')

/** The message is inside the normal layout (masthead present), never a blank page. */
async function expectPanel(page: Page, message: RegExp) {
  await expect(page.locator('main')).toContainText(message, { timeout: 20_000 })
  await expect(page.locator('.masthead')).toBeVisible()
}

/** Makes `pattern` fail with `fail` until the returned function clears the fault. */
async function fault(page: Page, pattern: string | RegExp, fail: (route: Route) => Promise<void>) {
  let active = true
  await page.route(pattern, (route) => (active ? fail(route) : route.fallback()))
  return () => {
    active = false
  }
}

test('a list page that answers 404, then comes back', async ({ page }) => {
  const clear = await fault(page, /\/data\/lists\/[^/]+-1\.json\.gz$/, (r) =>
    r.fulfill({ status: 404 }),
  )
  await page.goto('/')
  await expectPanel(page, MESSAGES.notFound)
  clear()
  await page.getByRole('button', { name: RETRY }).click()
  await expect(articleLinks(page).first()).toBeVisible()
})

test('a data file that answers 500', async ({ page }) => {
  const clear = await fault(page, /\/data\/lists\/[^/]+-1\.json\.gz$/, (r) =>
    r.fulfill({ status: 500 }),
  )
  await page.goto('/')
  await expectPanel(page, MESSAGES.server)
  clear()
  await page.getByRole('button', { name: RETRY }).click()
  await expect(articleLinks(page).first()).toBeVisible()
})

test('a truncated JSON file', async ({ page }) => {
  const clear = await fault(page, /\/data\/lists\/[^/]+-1\.json\.gz$/, async (route) => {
    const response = await route.fetch()
    const text = await response.text()
    await route.fulfill({ response, body: text.slice(0, text.length / 2) })
  })
  await page.goto('/')
  await expectPanel(page, MESSAGES.badJson)
  clear()
  await page.getByRole('button', { name: RETRY }).click()
  await expect(articleLinks(page).first()).toBeVisible()
})

test('an entry of a bundle format this app does not read', async ({ page }) => {
  const clear = await fault(page, '**/data/entry.json', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, json: { ...((await response.json()) as object), format: 99 } })
  })
  await page.goto('/')
  await expectPanel(page, MESSAGES.format)
  clear()
  await page.getByRole('button', { name: RELOAD }).click()
  await expect(articleLinks(page).first()).toBeVisible()
})

test('a request that takes 30 s ends in a message, not an endless spinner', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto('/')
  const href = (await articleLinks(page).first().getAttribute('href')) ?? ''
  const clear = await fault(page, /\/data\/articles\/[0-9a-f]{12}\.json\.gz$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 30_000))
    // By now the app gave up on this request (and the test may be over): answer if anyone listens.
    const response = await route.fetch().catch(() => null)
    if (response) await route.fulfill({ response }).catch(() => undefined)
  })
  await articleLinks(page).first().click()
  await expectPanel(page, MESSAGES.timeout)
  clear()
  await page.getByRole('button', { name: RETRY }).click()
  await expect(page.locator('.article-body')).toBeVisible()
  expect(page.url()).toContain(href.split('?')[0])
  // The stalled request's handler still sleeps: drop it rather than let it outlive the test.
  await page.unrouteAll({ behavior: 'ignoreErrors' })
})

test('starting offline, then coming back online', async ({ page, context }) => {
  // The app shell comes from the server as a service worker's cache would serve it; data cannot.
  await setOffline(context, true)
  let offline = true
  await page.route('**/*', async (route) => {
    const { pathname, hostname } = new URL(route.request().url())
    if (hostname !== 'localhost') return route.abort('internetdisconnected')
    if (offline && pathname.startsWith('/data/')) return route.abort('internetdisconnected')
    const response = await route.fetch().catch(() => null)
    // The page may have moved on and cancelled the request meanwhile: nothing left to answer.
    await (response ? route.fulfill({ response }) : route.abort()).catch(() => {})
  })
  await page.goto('/')
  await expectPanel(page, MESSAGES.offline)
  await setOffline(context, false)
  offline = false
  await page.getByRole('button', { name: RETRY }).click()
  await expect(articleLinks(page).first()).toBeVisible()
})

// Every content hash becomes another: a rebuild that changed every file. An involution on the
// first hex digit, so a new name maps back to the file that serves it.
const renamed = (hash: string) => ((parseInt(hash[0]!, 16) + 8) % 16).toString(16) + hash.slice(1)
const renameAll = (text: string) => text.replace(/\b[0-9a-f]{12}\b/g, renamed)

test('a bundle rebuilt while the app is open: old files 404, the reader is told, Retry recovers', async ({
  page,
}) => {
  let rebuilt = false
  await page.route(/\/data\/.+\.json(?:\.gz)?$/, async (route) => {
    if (!rebuilt) return route.fallback()
    const url = new URL(route.request().url())
    const hash = /[0-9a-f]{12}/.exec(url.pathname)?.[0]
    // The new build: the old names are gone, the new names serve the renamed content.
    const original = hash ? url.pathname.replace(hash, renamed(hash)) : url.pathname
    try {
      const response = await route.fetch({ url: new URL(original, url).href })
      if (!/json/.test(response.headers()['content-type'] ?? ''))
        return await route.fulfill({ status: 404 })
      // Not `response` itself: its headers describe the original bytes (length, encoding).
      return await route.fulfill({
        contentType: 'application/json',
        body: renameAll(await response.text()),
      })
    } catch {
      // The test ended or the page moved on while this request was in flight.
    }
  })
  await page.goto('/')
  await expect(articleLinks(page).first()).toBeVisible()
  rebuilt = true
  await articleLinks(page).nth(1).click()
  await expectPanel(page, MESSAGES.notFound)
  // The side columns may have hit the rebuild too; the article's own Retry is the one in main.
  await page.getByRole('main').getByRole('button', { name: RETRY }).click()
  await expect(page.locator('.article-body')).toBeVisible()
})
