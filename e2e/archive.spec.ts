import { expect, test } from '@playwright/test'

// The date archive: year → month (a calendar) → day → an article, and periods that skip empty ones.
test('archive year → month → day → article', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: '归档' }).click()
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible()

  await main.getByRole('link', { name: '2022年', exact: true }).click()
  await expect(page).toHaveURL(/\/archive\/2022$/)
  await expect(main.getByRole('heading', { level: 1, name: '2022年' })).toBeVisible()

  await main.getByRole('link', { name: '1月 16', exact: true }).click()
  await expect(page).toHaveURL(/\/archive\/2022\/01$/)
  await expect(main.getByRole('heading', { level: 1, name: '2022年1月' })).toBeVisible()
  const calendar = main.getByRole('table', { name: '日历' })
  // Days with articles are links with a count; empty days are plain cells, not focusable.
  await expect(calendar.getByRole('link', { name: '2022年1月6日，4 篇' })).toBeVisible()
  await expect(calendar.getByRole('cell', { name: '5', exact: true })).toBeVisible()
  await expect(
    calendar.getByRole('cell', { name: '5', exact: true }).getByRole('link'),
  ).toHaveCount(0)

  await calendar.getByRole('link', { name: '2022年1月6日，4 篇' }).click()
  await expect(page).toHaveURL(/\/archive\/2022\/01\/06$/)
  await expect(main.getByRole('heading', { level: 1, name: '2022年1月6日' })).toBeVisible()
  await expect(main.getByRole('heading', { level: 2 })).toHaveCount(4)

  // Previous and next day skip the days without articles.
  const periods = main.getByRole('navigation', { name: '相邻时段' })
  await expect(periods.getByRole('link', { name: /前一天/ })).toHaveAttribute(
    'href',
    '/archive/2021/12/31',
  )
  await expect(periods.getByRole('link', { name: /后一天/ })).toHaveAttribute(
    'href',
    '/archive/2022/01/07',
  )

  const link = main.getByRole('heading', { level: 2 }).nth(1).getByRole('link')
  const title = (await link.innerText()).trim()
  await link.click()
  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible()
  // Previous and next within the day it was opened from.
  const neighbours = main.getByRole('navigation', { name: '上一篇与下一篇' })
  await expect(neighbours.getByRole('link', { name: /2022年1月6日 · 第 2 \/ 4 篇/ })).toBeVisible()
  await neighbours.getByRole('link', { name: /^下一篇/ }).click()
  await expect(neighbours.getByRole('link', { name: /第 3 \/ 4 篇/ })).toBeVisible()
  await expect(main.getByRole('heading', { level: 1 })).not.toHaveText(title)
})
