import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import type { Page, Response } from '@playwright/test'

// Bytes are deterministic: these budgets hold for the production build of the sample content.
const HOME_JS_BUDGET = 120_000 // bytes of gzip (level 9), all JavaScript the home page loads

interface Loaded {
  url: string
  gzip: number
  body: string
}

/** Every JavaScript response while the page loads and settles (lazy chunks included). */
async function loadJavaScript(page: Page, url: string): Promise<Loaded[]> {
  const loaded: Promise<Loaded>[] = []
  const onResponse = (res: Response) => {
    if (!/\.m?js(\?|$)/.test(new URL(res.url()).pathname)) return
    loaded.push(
      res.body().then((body) => ({
        url: res.url(),
        gzip: gzipSync(body, { level: 9 }).length,
        body: body.toString(),
      })),
    )
  }
  page.on('response', onResponse)
  await page.goto(url)
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
  // A desktop's side columns load after the list paints: they are home page JavaScript too.
  if ((page.viewportSize()?.width ?? 0) >= 760)
    await expect(page.locator('.category-tree .tree li').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  page.off('response', onResponse)
  return Promise.all(loaded)
}

test.describe('the home page JavaScript', () => {
  test.use({ serviceWorkers: 'block' })
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`stays within ${HOME_JS_BUDGET} bytes gzipped at ${viewport.width} px, without the article code`, async ({
      page,
    }, info) => {
      await page.setViewportSize(viewport)
      const js = await loadJavaScript(page, '/')
      const total = js.reduce((sum, f) => sum + f.gzip, 0)
      info.annotations.push({
        type: 'home JS (gzip)',
        description: `${total} bytes in ${js.length} files`,
      })
      expect(js.length).toBeGreaterThan(0)
      expect(total).toBeLessThanOrEqual(HOME_JS_BUDGET)
      // DOMPurify (and the article view around it) loads only with an article.
      expect(js.filter((f) => f.body.includes('ALLOWED_TAGS')).map((f) => f.url)).toEqual([])
    })
  }

  test(`a returning reader stays within ${HOME_JS_BUDGET} bytes too, and gets the reading-state code only after the list has painted`, async ({
    page,
  }, info) => {
    // A device that has marked and saved before, with a place to continue: the marks, the star
    // states and the home strip need the reading store.
    await page.addInitScript(() => {
      for (const key of ['broadsheet.read', 'broadsheet.saved', 'broadsheet.continue'])
        localStorage.setItem(key, '1')
    })
    const requested: { url: string; at: number }[] = []
    page.on('request', (req) => {
      if (/\/(reading-state|continue-strip)-[\w-]+\.js$/.test(req.url()))
        requested.push({ url: req.url(), at: Date.now() })
    })
    const js = await loadJavaScript(page, '/')
    const painted = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    )
    const reading = js.filter((f) => /\/(reading-state|continue-strip)-/.test(f.url))
    const total = js.reduce((sum, f) => sum + f.gzip, 0)
    info.annotations.push({
      type: 'home JS, returning reader (gzip)',
      description: `${total} bytes in ${js.length} files, of which ${reading.reduce((s, f) => s + f.gzip, 0)} bytes of reading-state code after the first paint`,
    })
    expect(painted).toBeGreaterThan(0)
    expect(total).toBeLessThanOrEqual(HOME_JS_BUDGET)
    expect(
      reading.map((f) => f.url.replace(/.*\/(\w+(?:-\w+)?)-[\w-]+\.js$/, '$1')).sort(),
    ).toEqual(['continue-strip', 'reading-state'])
    // Not one of them is in the page's first scripts: each is fetched by the running app.
    const html = await (await page.request.get('/')).text()
    for (const file of reading) expect(html).not.toContain(new URL(file.url).pathname)
    expect(requested.length).toBe(2)
  })

  test('the article view brings DOMPurify when an article opens', async ({ page }) => {
    const js = await loadJavaScript(page, '/')
    const later: string[] = []
    page.on('response', (res) => {
      if (res.url().endsWith('.js'))
        void res.text().then((t) => t.includes('ALLOWED_TAGS') && later.push(res.url()))
    })
    expect(js.length).toBeGreaterThan(0)
    await page
      .getByRole('main')
      .getByRole('heading', { level: 2 })
      .first()
      .getByRole('link')
      .click()
    await expect(page.locator('.article-body')).toBeVisible()
    await expect.poll(() => later.length).toBeGreaterThan(0)
  })
})

/** Layout shifts, each with the elements that moved, collected from the start of the page. */
async function observeShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; nodes: string[] }[] = []
    ;(window as unknown as { __shifts: typeof shifts }).__shifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        sources?: { node?: Node | null }[]
      })[]) {
        shifts.push({
          value: entry.value,
          nodes: (entry.sources ?? []).map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement
            return el
              ? `${el.tagName}${el.querySelector('img') || el.tagName === 'IMG' ? '[img]' : ''}.${el.className}`
              : '?'
          }),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

for (const [name, url] of <[string, string][]>[
  ['home', '/'],
  ['an article with a header image', '/article/E7LUxSVr2fQn'],
]) {
  test(`no image shifts the layout on ${name}`, async ({ page }, info) => {
    await observeShifts(page)
    await page.goto(url)
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
    // Scroll through, so lazy images load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForLoadState('networkidle')
    // Observer callbacks run as tasks: let two frames pass before reading them.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    )
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
    )
    const cls = shifts.reduce((sum, s) => sum + s.value, 0)
    info.annotations.push({ type: 'CLS', description: `${cls} (${JSON.stringify(shifts)})` })
    expect(shifts.filter((s) => s.nodes.some((n) => n.includes('[img]')))).toEqual([])
  })
}
