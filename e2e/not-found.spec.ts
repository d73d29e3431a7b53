import { expect, test } from '@playwright/test'

// Every route type has its own way of pointing at nothing; each gets the helpful 404 in the layout.
const cases: [string, string, RegExp][] = [
  ['an unknown article id', '/article/no-such-id', /找不到这篇文章/],
  ['an unknown category', '/category/%E9%87%91%E8%9E%8D/nope', /没有这个分类/],
  ['a day with no articles', '/archive/2022/01/01', /没有文章/],
  ['a month with no articles', '/archive/2022/07', /没有文章/],
  ['a year with no articles', '/archive/1999', /没有文章/],
  ['a date that does not exist', '/archive/2022/02/30', /没有文章/],
  ['a malformed date', '/archive/2022/1x', /没有文章|不对应任何页面/],
  ['a category URL without a category', '/category/', /没有这个分类/],
  ['an article URL without an id', '/article/', /这个网址不对应任何页面/],
  ['an unknown path', '/no/such/thing', /这个网址不对应任何页面/],
  ['a page that is not a number', '/?page=abc', /没有这一页/],
  ['a page past the end', '/category/%E9%87%91%E8%9E%8D?page=9', /没有这一页/],
  ['an archive page past the end', '/archive/2022?page=0', /没有这一页/],
]

for (const [name, url, reason] of cases) {
  test(`a helpful 404 for ${name}`, async ({ page }) => {
    await page.goto(url)
    const main = page.getByRole('main')
    await expect(main.getByRole('heading', { level: 1, name: /^找不到这/ })).toBeVisible()
    await expect(main.getByText(reason).first()).toBeVisible()
    await expect(page).toHaveTitle(/^找不到这.* · /)
    // Inside the normal layout, with ways out; never an empty list.
    await expect(page.getByRole('banner')).toBeVisible()
    await expect(main.getByRole('listitem').getByRole('heading', { level: 2 })).toHaveCount(0)
    await main.getByRole('link', { name: /^(回到最新文章|返回「最新」)$/ }).click()
    await expect(main.getByRole('heading', { level: 1, name: '最新文章' })).toBeVisible()
  })
}

test('a bad page number links back to the first page of its list', async ({ page }) => {
  await page.goto('/archive/2022?page=7')
  await page.getByRole('main').getByRole('link', { name: '回到列表第一页' }).click()
  await expect(page).toHaveURL(/\/archive\/2022$/)
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('2022年')
})
