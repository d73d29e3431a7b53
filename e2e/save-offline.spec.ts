import { expect, test } from '@playwright/test'
import { readBundle, waitForController } from './support/pwa'
import { setOffline } from './support/set-offline'

// Save a day before the train: every article of it then opens offline, header image and all.
test('"Save for offline" on an archive day makes every article of that day readable offline', async ({
  page,
  context,
  request,
}) => {
  const { days } = await readBundle(request)
  const day = [...days].sort((a, b) => b.items.length - a.items.length)[0]!
  expect(day.items.length).toBeGreaterThan(1)

  await page.goto(day.path)
  await waitForController(page)
  const save = page.getByRole('button', { name: /保存以离线阅读|Save for offline/ })
  await save.click()
  await expect(
    page.getByRole('status').filter({ hasText: /已保存 \d+ 篇|articles saved/ }),
  ).toHaveText(new RegExp(`(已保存 ${day.items.length} 篇|${day.items.length} articles saved)`))
  await expect(save).toHaveAttribute('aria-pressed', 'true')

  await setOffline(context, true)
  let heroes = 0
  for (const item of day.items) {
    await page.goto(`/article/${item.id}`)
    await expect(page.getByRole('heading', { level: 1, name: item.title })).toBeVisible()
    const frame = page.locator('.article-hero__frame')
    if ((await frame.count()) === 0) continue
    // The image's URL, or the fallback's link to it if the image has failed already.
    const src = await frame.evaluate(
      (el) => el.querySelector('img')?.src ?? el.querySelector('a')?.href ?? '',
    )
    // Images on this origin were saved with the day and must show. Remote hosts are unreachable
    // here, so theirs was never saved: it must give way to the fallback box, not a broken image.
    if (new URL(src).origin === new URL(page.url()).origin) {
      await expect
        .poll(() =>
          frame
            .locator('img')
            .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        )
        .toBe(true)
      heroes++
    } else {
      await expect(frame.locator('.img-fallback')).toBeVisible()
    }
  }
  expect(heroes).toBeGreaterThan(0)
  // The mark survives a reload: the day still says it is saved.
  await page.goto(day.path)
  await expect(
    page.getByRole('button', { name: /保存以离线阅读|Save for offline/ }),
  ).toHaveAttribute('aria-pressed', 'true')
})
