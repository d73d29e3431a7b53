import { expect, test } from '@playwright/test'
import type { Page, Route } from '@playwright/test'
import { categoryPath } from './support/pwa'

// Route interception must see every data request, so no service worker may answer first.
// Without the entry there is no site language: the browser's is used, so make it Chinese.
test.use({ serviceWorkers: 'block', locale: 'zh-CN' })

const FIRST_LIST_PAGE = '**/data/lists/*-1.json.gz'
const main = (page: Page) => page.getByRole('main')

async function expectRecovery(page: Page, url: string, button: string) {
  await page.unroute(url)
  await main(page).getByRole('button', { name: button }).click()
  await expect(main(page).getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible()
  await expect(main(page).getByRole('heading', { level: 2 }).first()).toBeVisible()
}

const failures: [string, (route: Route) => Promise<void>, RegExp][] = [
  ['a 404', (route) => route.fulfill({ status: 404, body: 'gone' }), /找不到所需的数据文件/],
  ['a 500', (route) => route.fulfill({ status: 500, body: 'oops' }), /服务器出错（500）/],
  [
    'bad JSON',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' }),
    /数据文件已损坏（不是有效的 JSON）/,
  ],
  ['a network error', (route) => route.abort('connectionrefused'), /无法连接到服务器/],
]

for (const [name, fail, message] of failures) {
  test(`the list's data file fails with ${name}: a message in the layout, then Retry recovers`, async ({
    page,
  }) => {
    await page.route(FIRST_LIST_PAGE, fail)
    await page.goto('/')
    // Transient failures are retried quietly first, so the message may take a few seconds.
    await expect(main(page).getByText(message)).toBeVisible({ timeout: 15_000 })
    await expect(main(page).getByRole('heading', { level: 1, name: '无法显示此页' })).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    await expectRecovery(page, FIRST_LIST_PAGE, '重试')
  })
}

test('a bundle format the app does not know asks for a reload, which recovers', async ({
  page,
}) => {
  await page.route('**/data/entry.json', async (route) => {
    const entry = (await (await route.fetch()).json()) as Record<string, unknown>
    await route.fulfill({ json: { ...entry, format: 99 } })
  })
  await page.goto('/')
  await expect(main(page).getByText(/这份归档由新版本生成/)).toBeVisible()
  await expect(page.getByRole('banner')).toBeVisible()
  await expectRecovery(page, '**/data/entry.json', '重新加载')
})

test('a failing side column leaves the page readable and retries on its own', async ({ page }) => {
  await page.route('**/data/tree/*.json.gz', (route) => route.fulfill({ status: 404 }))
  await page.goto('/')
  await expect(main(page).getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible()
  const panel = page.getByRole('alert').filter({ hasText: '这一部分没能加载' })
  await expect(panel).toBeVisible()
  await page.unroute('**/data/tree/*.json.gz')
  await panel.getByRole('button', { name: '重试' }).click()
  await expect(page.getByRole('navigation', { name: '分类', exact: true })).toBeVisible()
  await expect(panel).toHaveCount(0)
})

test.describe('data failures on a category page', () => {
  const category = categoryPath(['金融'])
  const shard = /\/data\/tree\/r-[\w-]+\.json\.gz$/
  const tree = /\/data\/tree\/(?!r-)[\w-]+\.json\.gz$/
  const corrupt = (route: Route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": 4' })
  for (const [name, url, fail, message] of [
    ['a corrupt list shard', shard, corrupt, /数据文件已损坏/],
    [
      'a missing list shard',
      shard,
      (route: Route) => route.fulfill({ status: 404 }),
      /找不到所需的数据文件/,
    ],
    ['a corrupt tree', tree, corrupt, /数据文件已损坏/],
  ] as const) {
    test(`${name}: a message in the page, then Retry recovers`, async ({ page }) => {
      await page.route(url, fail)
      await page.goto(category)
      await expect(main(page).getByText(message)).toBeVisible({ timeout: 15_000 })
      await page.unroute(url)
      await main(page).getByRole('button', { name: '重试' }).click()
      await expect(main(page).getByRole('heading', { level: 1, name: '金融' })).toBeVisible()
      await expect(main(page).getByRole('heading', { level: 2 }).first()).toBeVisible()
    })
  }
})
