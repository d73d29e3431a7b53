import { expect, test } from '@playwright/test'
import type { APIRequestContext, Page } from '@playwright/test'

// The bundle is trusted only so far: an edited or old article file must not run or restyle anything.
test.use({ serviceWorkers: 'block' })

const ATTACKER = 'attacker.example'
const HOSTILE_HTML = `
<p id="hostile-marker">A perfectly ordinary first paragraph.</p>
<script>alert('script'); fetch('https://${ATTACKER}/script')</script>
<img src="/no-such-image.png" onerror="alert('onerror'); fetch('https://${ATTACKER}/onerror')">
<p><a href="javascript:alert('link')" id="js-link">a javascript: link</a></p>
<p><a href="JaVaScRiPt&colon;alert('link2')">an obfuscated one</a></p>
<style>
  body, .masthead { background: rgb(255, 0, 0) !important; }
  .masthead { display: none !important; }
  h1 { font-size: 80px !important; color: lime !important; }
  @import url('https://${ATTACKER}/import.css');
</style>
<link rel="stylesheet" href="https://${ATTACKER}/link.css">
<div style="position:fixed;inset:0;z-index:99999;background:rgb(255,0,0)">overlay</div>
<p style="background-image:url(https://${ATTACKER}/bg.png)">styled paragraph</p>
<svg><script>alert('svg')</script><a xlink:href="javascript:alert('svg-link')"><text>svg</text></a></svg>
<iframe src="https://${ATTACKER}/frame"></iframe>
<iframe srcdoc="<script>parent.alert('srcdoc')</script>"></iframe>
<object data="https://${ATTACKER}/object"></object>
<embed src="https://${ATTACKER}/embed">
<form action="https://${ATTACKER}/form"><input name="q" autofocus onfocus="alert('focus')"><button>go</button></form>
<meta http-equiv="refresh" content="0;url=https://${ATTACKER}/refresh">
<base href="https://${ATTACKER}/">
<math><mtext><table><mglyph><style><img src=x onerror="alert('mxss')"></style></mglyph></table></mtext></math>
<p>The last paragraph.</p>
`

async function articleFile(request: APIRequestContext, id: string): Promise<string> {
  const entry = (await (await request.get('/data/entry.json')).json()) as { idShards: string[] }
  for (const shard of entry.idShards) {
    const { files } = (await (await request.get(`/data/ids/${shard}.json.gz`)).json()) as {
      files: Record<string, string>
    }
    if (files[id]) return files[id]
  }
  throw new Error(`no file for ${id}`)
}

/** What the page looks like where the article cannot reach: masthead, page background, headline. */
async function appearance(page: Page) {
  return page.evaluate(() => {
    window.scrollTo(0, 0)
    const masthead = document.querySelector('.masthead')!
    const h1 = document.querySelector('main h1')!
    const box = masthead.getBoundingClientRect()
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return {
      masthead: [box.x, box.y, box.width, box.height],
      mastheadBackground: getComputedStyle(masthead).backgroundColor,
      bodyBackground: getComputedStyle(document.body).backgroundColor,
      h1: [getComputedStyle(h1).fontSize, getComputedStyle(h1).color],
      mastheadOnTop: masthead.contains(top),
    }
  })
}

test('hostile HTML in an article file runs nothing, calls no one and restyles nothing', async ({
  page,
  request,
}) => {
  const id = 'Ro5nf5o-sM2s'
  const dialogs: string[] = []
  const attackerRequests: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  page.on('request', (req) => {
    if (req.url().includes(ATTACKER)) attackerRequests.push(req.url())
  })
  await page.route(`**/${ATTACKER}/**`, (route) => route.abort())

  // The untouched article first: what it should look like.
  await page.goto(`/article/${id}`)
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
  const before = await appearance(page)

  const file = await articleFile(request, id)
  await page.route(`**/data/articles/${file}.json.gz`, async (route) => {
    const article = (await (await route.fetch()).json()) as Record<string, unknown>
    await route.fulfill({ json: { ...article, html: HOSTILE_HTML } })
  })
  await page.goto(`/article/${id}`)
  const body = page.locator('.article-body')
  await expect(body.locator('#hostile-marker, p').first()).toBeVisible()
  await expect(body).toContainText('The last paragraph.')
  await page.getByText('a javascript: link').click()
  await page.getByText('an obfuscated one').click()
  await page.waitForLoadState('networkidle')

  expect(dialogs).toEqual([])
  expect(attackerRequests).toEqual([])
  expect(new URL(page.url()).pathname).toBe(`/article/${id}`)
  expect(await appearance(page)).toEqual(before)
  // What the sanitizer let through is inert.
  expect(
    await body.locator('script, style, link, iframe, object, embed, form, meta, base').count(),
  ).toBe(0)
  expect(await body.locator('[onerror], [onfocus], [style*="fixed"]').count()).toBe(0)
  expect(await body.locator('a[href^="javascript" i]').count()).toBe(0)
})
