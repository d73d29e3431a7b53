import { expect, test } from '@playwright/test'

// A sample post with `date: Invalid Date`: the builder dates it from git, else from the day in
// its image's path (/sample/uploads/2021/12/18/), and both views say the date is estimated.
const TITLE = '一页没有日期的旧网页'
const DATED = '旧书店里的年历'
const category = `/category/${encodeURIComponent('阅读')}`

test('an undated post: its list entry and its article say the date is estimated', async ({
  page,
}) => {
  await page.goto(category)
  const main = page.getByRole('main')
  const entry = main.locator('.entry').filter({ hasText: TITLE })
  const mark = entry.locator('.entry-meta .entry-date-estimated')
  // A sign, not a colour; the words are the tooltip and what a screen reader reads.
  await expect(mark).toHaveAttribute('title', '日期为推断')
  await expect(mark).toContainText('≈')
  await expect(mark.locator('.visually-hidden')).toHaveText('（日期为推断）')
  await expect(mark.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/)
  await expect(
    main.locator('.entry').filter({ hasText: DATED }).locator('.entry-date-estimated'),
  ).toHaveCount(0)

  await entry.getByRole('link', { name: TITLE }).click()
  await expect(main.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  const note = main.locator('.article-meta .article-date-estimated')
  await expect(note).toBeVisible()
  await expect(note).toContainText('日期为推断')
  await expect(note).toHaveAttribute('title', /^依据：/)
  await expect(note.locator('.visually-hidden')).toHaveText(/^（依据：.+）$/)
})

test('in English, and straight from a link to the article', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('broadsheet.locale', 'en'))
  await page.goto(category)
  const main = page.getByRole('main')
  const entry = main.locator('.entry').filter({ hasText: TITLE })
  await expect(entry.locator('.entry-date-estimated')).toHaveAttribute('title', 'date estimated')
  const href = (await entry.getByRole('link', { name: TITLE }).getAttribute('href')) ?? ''

  await page.goto(href)
  const note = main.locator('.article-meta .article-date-estimated')
  await expect(note).toContainText('date estimated')
  await expect(note).toHaveAttribute('title', /^from /)
})
