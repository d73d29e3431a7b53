import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { findForbidden } from '../test-support/hostile/find-forbidden'
import { cleanArticleHtml } from '../src/builder/index'
import type { Vector } from '../test-support/hostile/vector-kit'
import { CATEGORIES } from '../test-support/hostile/vector-kit'
import { VECTORS } from '../test-support/hostile/vectors'
import { SANITIZE_POLICY } from '../src/sanitize/policy'
import {
  hostileId,
  INERT_PARSE,
  measureLayout,
  navigateInApp,
  record,
  serveHostileArticles,
  stubOutside,
} from './support/hostile'
import { getBundleJson } from './support/bundle'

const CHECK = {
  tags: SANITIZE_POLICY.allowedTags,
  iframeHosts: SANITIZE_POLICY.iframeHosts,
  ownSelector: '.img-fallback',
}
// The same function the unit tests use, run inside the page on the live DOM. A string, because
// CDP evaluates it outside the page's CSP; an eval in the page would be (rightly) refused.
const FIND_FORBIDDEN = `(${findForbidden.toString()})(document.querySelector('.article-body'), ${JSON.stringify(CHECK)})`

/** Text a vector must keep, where its expectation is a whole element or CJK text, not markup. */
const textOf = (expected: string) =>
  expected
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
const isText = (expected: string) =>
  !/[="]/.test(expected) && /^<|[\u4e00-\u9fff]/.test(expected) && textOf(expected).trim() !== ''

interface Entry {
  latest: { h: string }
}
interface Summary {
  id: string
  f: string
  date: string
  categories: string[][]
}

test.describe('hostile articles, as built and as a hand-edited bundle file with raw HTML', () => {
  const BASELINE = { html: '<p>基线文章。</p><p>Baseline article.</p>' }
  // Article k: 0 the baseline, 1…N each vector as the builder ships it, N+1…2N each one raw.
  const built = VECTORS.map((v) => ({ html: cleanArticleHtml(v.html, {}).html }))
  const ALL = [BASELINE, ...built, ...VECTORS]

  async function show(page: Page, k: number, first: boolean) {
    if (first) await page.goto(`/article/${hostileId(k)}`)
    else await navigateInApp(page, `/article/${hostileId(k)}`)
    // DOMPurify over 5 MB takes a few seconds on this machine.
    await expect(page.locator('.article-title')).toHaveText(`Hostile ${k}`, { timeout: 20_000 })
    await expect(page.locator('.article-body')).toBeAttached()
    // Let image errors, lazy loads and any planted request happen before judging.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))))
  }

  for (const category of CATEGORIES) {
    test(`${category} vectors`, async ({ page, context }) => {
      test.setTimeout(150_000)
      const rec = await record(page)
      await stubOutside(context, () => {})
      await serveHostileArticles(context, ALL)
      await show(page, 0, true)
      const baseline = await measureLayout(page)
      expect(baseline.positioned).toEqual([])
      expect(baseline.mastheadOnTop).toBe('on top')

      const problems: string[] = []
      const check = async (vector: Vector, how: string) => {
        const name = `${vector.name} (${how})`
        const forbidden = (await page.evaluate(FIND_FORBIDDEN)) as string[]
        problems.push(...forbidden.map((p) => `${name}: ${p}`))
        const layout = await measureLayout(page)
        for (const [key, value] of Object.entries(layout)) {
          const expected = baseline[key as keyof typeof baseline]
          if (JSON.stringify(value) !== JSON.stringify(expected))
            problems.push(`${name}: ${key} ${JSON.stringify(value)} ≠ ${JSON.stringify(expected)}`)
        }
        // The builder also drops site boilerplate (a QR-code block…): survivors are for the raw pass.
        if (how === 'built') return
        const text = await page.locator('.article-body').textContent()
        for (const expected of (vector.expect ?? []).filter(isText))
          if (!text?.includes(textOf(expected))) problems.push(`${name}: lost "${expected}"`)
      }
      for (const [i, vector] of VECTORS.entries()) {
        if (vector.category !== category) continue
        rec.current.name = `${vector.name} (built)`
        const before = (await rec.violations()).length
        await show(page, 1 + i, false)
        await check(vector, 'built')
        // As built, an article must not even make the CSP step in.
        problems.push(
          ...(await rec.violations()).slice(before).map((v) => `${vector.name} (built): ${v}`),
        )
        rec.current.name = `${vector.name} (raw)`
        await show(page, 1 + VECTORS.length + i, false)
        await check(vector, 'raw')
      }
      expect(problems).toEqual([])
      expect(rec.dialogs).toEqual([])
      expect(rec.planted).toEqual([])
      expect((await rec.violations()).filter((v) => !INERT_PARSE.test(v))).toEqual([])
      expect(rec.consoleErrors.filter((e) => !/Content Security Policy/.test(e))).toEqual([])
    })
  }
})

test.describe('the production build under its Content-Security-Policy', () => {
  test('every route type renders with no CSP violation and no console error', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(90_000)
    const rec = await record(page)
    await stubOutside(context, () => {})
    const entry = (await (await request.get('/data/entry.json')).json()) as Entry
    const list = (await getBundleJson(request, `/data/lists/${entry.latest.h}-1.json.gz`)) as {
      items: Summary[]
    }
    const first = list.items[0]!
    const article = (await getBundleJson(request, `/data/articles/${first.f}.json.gz`)) as {
      permalink: string
    }
    const [year, month, day] = first.date.slice(0, 10).split('-')
    const category = first.categories[0] ?? []
    const routes = [
      '/',
      '/?page=2',
      `/category/${category.map(encodeURIComponent).join('/')}`,
      '/archive',
      `/archive/${year}`,
      `/archive/${year}/${month}`,
      `/archive/${year}/${month}/${day}`,
      `/article/${first.id}`,
      '/settings',
      '/no/such/page',
      '/article/unknown-id',
      `/${article.permalink}`,
    ]
    for (const route of routes) {
      rec.current.name = route
      await page.goto(route)
      await expect(page.locator('main h1').first()).toBeVisible()
      await expect(page.locator('.skeleton-list, .skeleton-line')).toHaveCount(0)
    }
    // The old permalink redirected to the article.
    await expect(page).toHaveURL(new RegExp(`/article/${first.id}$`))
    expect(await rec.violations()).toEqual([])
    expect(rec.consoleErrors).toEqual([])
    expect(rec.dialogs).toEqual([])
  })

  test('ships the policy as a meta tag, and Trusted Types refuse strings and unknown policies', async ({
    page,
  }) => {
    // Open an article first, so the app has created its policy.
    await page.goto('/')
    await page.locator('main a[href*="/article/"]').first().click()
    await expect(page.locator('.article-body')).toBeAttached()
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "img-src 'self' https: data:",
      "require-trusted-types-for 'script'",
      'trusted-types broadsheet-article',
      'frame-src https://player.bilibili.com',
    ])
      expect(csp).toContain(directive)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer')
    const refused = await page.evaluate(() => {
      const results: string[] = []
      const attempt = (name: string, run: () => void) => {
        try {
          run()
          results.push(`${name}: allowed`)
        } catch {
          results.push(`${name}: refused`)
        }
      }
      attempt('innerHTML string', () => {
        document.createElement('div').innerHTML = '<img src=x>'
      })
      const tt = (
        window as unknown as { trustedTypes: { createPolicy: (n: string, r: object) => void } }
      ).trustedTypes
      attempt('policy "attacker"', () =>
        tt.createPolicy('attacker', { createHTML: (s: string) => s }),
      )
      attempt('second "broadsheet-article"', () =>
        tt.createPolicy('broadsheet-article', { createHTML: (s: string) => s }),
      )
      return results
    })
    expect(refused).toEqual([
      'innerHTML string: refused',
      'policy "attacker": refused',
      'second "broadsheet-article": refused',
    ])
  })
})
