import { expect, test } from '@playwright/test'
import { cp, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { StaticServer } from './support/static-server'
import { buildSite, E2E_DIST, extraDir, extraPort, serveStatic } from './support/static-server'
import { waitForController } from './support/pwa'

// A deploy while someone reads: build A is open, build B replaces it on the server.
const buildB = extraDir('update-b')
const live = (n: number) => extraDir(`update-live-${n}`)

/** Replaces the served folder's contents with build B, as an rsync --delete deploy would. */
async function deploy(from: string, to: string) {
  await rm(to, { recursive: true, force: true })
  await cp(from, to, { recursive: true })
}

const mainScript = async (dir: string) =>
  /<script type="module" crossorigin src="([^"]+)"/.exec(
    await readFile(join(dir, 'index.html'), 'utf8'),
  )?.[1]

test.describe.configure({ mode: 'serial' })
test.describe('updates', () => {
  const servers: StaticServer[] = []

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    // The same sources stamped with another version: every chunk gets a new name.
    await buildSite(buildB, [], { VITE_APP_VERSION: 'B' })
    const a = new Set(await readdir(join(E2E_DIST, '_app')))
    const b = new Set(await readdir(join(buildB, '_app')))
    expect([...a].filter((f) => f.endsWith('.js') && !b.has(f)).length).toBeGreaterThan(3)
  })
  test.afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()))
    await Promise.all([live(0), live(1)].map((d) => rm(d, { recursive: true, force: true })))
  })

  test('a new version prompts, never reloads on its own, and Reload runs it', async ({ page }) => {
    await deploy(E2E_DIST, live(0))
    const server = await serveStatic(live(0), extraPort(3))
    servers.push(server)
    await page.goto(server.url)
    await waitForController(page)
    await expect(page.locator('html')).toHaveAttribute('data-app-version', 'unversioned')
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible()

    await deploy(buildB, live(0))
    // A's lazy chunks are gone from the server, yet the open page still navigates: its worker has them.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: /归档|Archive/ })
      .click()
    await expect(page).toHaveURL(/\/archive$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

    // The check the browser makes on its own schedule (on navigation, and the app's hourly timer).
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    const notice = page
      .getByRole('status')
      .filter({ hasText: /有新版本可用|New version available/ })
    await expect(notice).toBeVisible({ timeout: 20_000 })
    // Still A, still where the reader was.
    await expect(page).toHaveURL(/\/archive$/)
    await expect(page.locator('html')).toHaveAttribute('data-app-version', 'unversioned')

    await notice.getByRole('button', { name: /重新加载|Reload/ }).click()
    await expect(page.locator('html')).toHaveAttribute('data-app-version', 'B')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(notice).toHaveCount(0)
    const script = await page.locator('script[type="module"]').getAttribute('src')
    expect(script).toBe(await mainScript(buildB))
  })

  test.describe('without a service worker', () => {
    test.use({ serviceWorkers: 'block' })

    test('a chunk deleted by the deploy reloads the page once, into the new version', async ({
      page,
    }) => {
      await deploy(E2E_DIST, live(1))
      const server = await serveStatic(live(1), extraPort(4))
      servers.push(server)
      await page.goto(server.url)
      await expect(page.getByRole('main').getByRole('link').first()).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('data-app-version', 'unversioned')
      // The side columns load once the list has painted; let them, so the one chunk the deploy
      // takes away from under the page is the archive route's.
      await expect(
        page
          .getByRole('navigation', { name: /分类|Categories/ })
          .getByRole('link')
          .first(),
      ).toBeVisible()

      await deploy(buildB, live(1))
      await page
        .getByRole('navigation')
        .getByRole('link', { name: /归档|Archive/ })
        .click()
      // The archive chunk of A is gone: vite:preloadError reloads into B instead of breaking.
      await expect(page.locator('html')).toHaveAttribute('data-app-version', 'B')
      await page
        .getByRole('navigation')
        .getByRole('link', { name: /归档|Archive/ })
        .click()
      await expect(page).toHaveURL(/\/archive$/)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByText(/无法显示此页|could not be shown/)).toHaveCount(0)
    })
  })
})
