import { expect, test } from '@playwright/test'
import { readBundle } from './support/pwa'

// Sending an article to a friend: the system share sheet where there is one, else the clipboard;
// either way the link is the article's canonical URL, without the list it was opened from.
test.describe('share', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('without navigator.share, the canonical link is copied and confirmed', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      // Chromium on Linux has no Web Share; make sure of it on every platform.
      delete (Navigator.prototype as { share?: unknown }).share
    })
    const { items } = await readBundle(request)
    const item = items[1]!
    // Opened from a list: the URL carries `?from=`, which the shared link must not.
    await page.goto('/')
    await page.getByRole('main').getByRole('link', { name: item.title }).first().click()
    await expect(page).toHaveURL(/\?from=/)
    await page.getByRole('button', { name: /分享|Share/ }).click()
    await expect(
      page.getByRole('status').filter({ hasText: /链接已复制|Link copied/ }),
    ).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(`${baseURL}/article/${item.id}`)
  })

  test('with navigator.share, it is called with the title and the canonical URL', async ({
    page,
    request,
    baseURL,
  }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = []
      Object.assign(window, { shareCalls: calls })
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          calls.push(data)
          return Promise.resolve()
        },
      })
      // Nothing should reach the clipboard when the share sheet took the link.
      navigator.clipboard.writeText = () => Promise.reject(new Error('clipboard used'))
    })
    const { items } = await readBundle(request)
    const item = items[0]!
    await page.goto(`/article/${item.id}`)
    await page.getByRole('button', { name: /分享|Share/ }).click()
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls),
      )
      .toEqual([{ title: item.title, url: `${baseURL}/article/${item.id}` }])
    await expect(
      page.getByRole('status').filter({ hasText: /无法复制链接|Could not copy/ }),
    ).toHaveCount(0)
  })
})
