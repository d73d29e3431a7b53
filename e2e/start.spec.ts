import { expect, test } from '@playwright/test'
import { getBundleJson } from './support/bundle'

interface Entry {
  latest: { h: string; n: number }
}
interface Page {
  items: { title: string }[]
}

// The home list must show what the bundle built from content/ says, in order.
test('the production build lists the sample posts from the bundle', async ({ page, request }) => {
  const entry = (await (await request.get('/data/entry.json')).json()) as Entry
  expect(entry.latest.n).toBeGreaterThanOrEqual(24)
  const first = (await getBundleJson(request, `/data/lists/${entry.latest.h}-1.json.gz`)) as Page

  await page.goto('/')
  const main = page.getByRole('main')
  for (const { title } of first.items.slice(0, 5)) {
    await expect(main.getByRole('link', { name: title }).first()).toBeVisible()
  }
  await expect(main.getByRole('link', { name: first.items[19]!.title }).first()).toBeAttached()
})
