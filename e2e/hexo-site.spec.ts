import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import type { BuildReport } from '../src/bundle/format'

// What the sample site's _config.yml and front matter say: a gallery post, a post served at
// its own permalink, a draft and an unpublished post.
const GALLERY = 'A reading desk in four pictures'
const E2E_DIST = process.env.E2E_DIST ?? 'dist'

test('a gallery post heads with its first photo and shows the rest above the body', async ({
  page,
}) => {
  // The post's own permalink, as Hexo served it, opens the article.
  await page.goto('/galleries/reading-desk/')
  const main = page.getByRole('main')
  await expect(main.getByRole('heading', { level: 1, name: GALLERY })).toBeVisible()
  await expect(page).toHaveURL(/\/article\/uSTyplFja0sw$/)
  await expect(main.locator('.article-hero img')).toHaveAttribute('src', /reading-shelf\.jpg$/)
  const photos = main.locator('.article-body figure.bs-gallery img')
  await expect(photos).toHaveCount(3)
  for (const photo of await photos.all()) {
    await photo.scrollIntoViewIfNeeded()
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
  }
  // The grid comes before the words.
  const first = main.locator('.article-body > *').first()
  await expect(first).toHaveClass('bs-gallery')
})

test('drafts and unpublished posts are left out, and the report counts them', async ({ page }) => {
  const report = JSON.parse(await readFile(`${E2E_DIST}.build-report.json`, 'utf8')) as BuildReport
  const skipped = report.entries.filter((e) => e.status === 'skipped').map((e) => e.path)
  expect(skipped.sort()).toEqual([
    '../_drafts/An unfinished note on harbour cranes.md',
    '编程/Hexo/Notes held back from publishing.md',
  ])
  expect(report.totals.skipped).toBe(2)
  await page.goto(`/category/${['编程', 'Hexo'].map(encodeURIComponent).join('/')}`)
  const main = page.getByRole('main')
  await expect(
    main.getByRole('link', { name: 'Writing posts with Hexo tag plugins' }),
  ).toBeVisible()
  await expect(main.getByText('Notes held back from publishing')).toHaveCount(0)
})
