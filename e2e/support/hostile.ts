/**
 * Helpers for e2e/security.spec.ts: a page that records everything a hostile article could do
 * (dialogs, requests, CSP violations, console errors), and route handlers that turn the real
 * bundle into one whose article files hold raw, unsanitized vector HTML (a hand-edited bundle).
 */
import type { BrowserContext, Page } from '@playwright/test'
import { FORMAT_VERSION } from '../../src/bundle/format'
import type { Vector } from '../../test-support/hostile/vector-kit'
import { bundleText } from './bundle'

/** Hosts the vectors plant in places that must never load (link, base, srcset, ping, use …). */
export const PLANTED = /evil\.example|tracker\.example/

// Directives the sanitizer's own inert parse (DOMParser) reports in Chromium when raw input holds
// handlers or styles: nothing runs or applies there, and a DOM check proves none survived.
export const INERT_PARSE =
  /^((script-src-attr|style-src-attr|style-src-elem) blocked inline|base-uri blocked) /

export interface Recorder {
  dialogs: string[]
  planted: string[]
  consoleErrors: string[]
  /** CSP violations so far (the page's securitypolicyviolation events). */
  violations: () => Promise<string[]>
  /** What each record is blamed on: the vector on screen when it happened. */
  current: { name: string }
}

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/** Answers every request that leaves the preview server, so the closed network logs no errors. */
export async function stubOutside(context: BrowserContext, onRequest: (url: string) => void) {
  await context.route(
    (url) => url.hostname !== 'localhost',
    (route) => {
      const request = route.request()
      onRequest(request.url())
      const type = request.resourceType()
      if (type === 'image') return route.fulfill({ body: PIXEL, contentType: 'image/png' })
      if (type === 'document')
        return route.fulfill({
          body: '<!doctype html><title>player</title>',
          contentType: 'text/html',
        })
      return route.fulfill({ status: 204 })
    },
  )
}

export async function record(page: Page): Promise<Recorder> {
  const current = { name: '(page load)' }
  const rec = {
    dialogs: [] as string[],
    planted: [] as string[],
    consoleErrors: [] as string[],
    current,
    violations: () =>
      page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  }
  await page.addInitScript(() => {
    const list: string[] = []
    ;(window as unknown as { __violations: string[] }).__violations = list
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || e.sample} (${location.pathname})`,
      ),
    )
  })
  page.on('dialog', (dialog) => {
    rec.dialogs.push(`${current.name}: ${dialog.type()} ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    if (PLANTED.test(request.url())) rec.planted.push(`${current.name}: ${request.url()}`)
  })
  page.on('console', (msg) => {
    if (msg.type() === 'error') rec.consoleErrors.push(`${current.name}: ${msg.text()}`)
  })
  page.on('pageerror', (error) => rec.consoleErrors.push(`${current.name}: ${error.message}`))
  return rec
}

export const hostileId = (i: number) => `hostile-${i}`
// Twelve hex digits, like a real content hash, in a range no real file will have.
const fakeFile = (i: number) => `ffff${i.toString(16).padStart(8, '0')}`

/**
 * Serves article `hostile-<i>` with vector i's raw HTML: the id shards gain the hostile ids and
 * their article files are answered here, as if someone had edited the bundle by hand.
 */
export async function serveHostileArticles(
  context: BrowserContext,
  vectors: readonly Pick<Vector, 'html'>[],
) {
  // On the context, so requests the service worker makes on the page's behalf are answered too.
  await context.route('**/data/ids/*.json.gz', async (route) => {
    let response: Awaited<ReturnType<typeof route.fetch>>
    let body: Buffer
    try {
      response = await route.fetch()
      body = await response.body()
    } catch {
      // The page went away mid-request (the test is over): there is no one left to answer.
      return
    }
    const json = JSON.parse(bundleText(body)) as { files: Record<string, string> }
    vectors.forEach((_, i) => (json.files[hostileId(i)] = fakeFile(i)))
    await route.fulfill({ response, json })
  })
  await context.route(/\/data\/articles\/ffff[0-9a-f]{8}\.json\.gz$/, (route) => {
    const i = Number.parseInt(
      /ffff([0-9a-f]{8})\.json\.gz$/.exec(route.request().url())?.[1] ?? '',
      16,
    )
    const vector = vectors[i]
    if (!vector) return route.fulfill({ status: 404 })
    return route.fulfill({
      json: {
        format: FORMAT_VERSION,
        id: hostileId(i),
        title: `Hostile ${i}`,
        date: '2024-01-01T02:00:00.000Z',
        categories: [],
        tags: [],
        permalink: `hostile/${i}/`,
        excerpt: '',
        textLength: 100,
        html: vector.html,
      },
    })
  })
}

/** Client-side navigation, as a link click would do, without a full page load per vector. */
export async function navigateInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
}

/** Where the page's fixed parts are, and whether anything in the article escaped its box. */
export function measureLayout(page: Page) {
  return page.evaluate(() => {
    scrollTo(0, 0)
    const box = (selector: string) => {
      const r = document.querySelector(selector)?.getBoundingClientRect()
      return r ? [r.x, r.y, r.width].map(Math.round).join(',') : 'absent'
    }
    // Is the part still on top at its own centre (no overlay drawn over it)?
    const onTop = (selector: string) => {
      const el = document.querySelector(selector)
      if (!el) return 'absent'
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(r.height / 2, 24))
      return hit && el.contains(hit) ? 'on top' : `covered by <${hit?.localName ?? 'nothing'}>`
    }
    const body = document.querySelector('.article-body')
    const positioned = Array.from(body?.querySelectorAll('*') ?? [])
      .filter((el) => !['static', 'relative', ''].includes(getComputedStyle(el).position))
      .map((el) => `<${el.localName}> ${getComputedStyle(el).position}`)
    const rootStyle = getComputedStyle(document.body)
    return {
      masthead: box('.masthead'),
      tree: box('.col-tree'),
      archive: box('.col-archive'),
      main: box('.col-main'),
      articleBody: box('.article-body'),
      mastheadOnTop: onTop('.masthead'),
      treeOnTop: onTop('.col-tree'),
      archiveOnTop: onTop('.col-archive'),
      pageStyle: `${rootStyle.backgroundColor} ${rootStyle.color} ${rootStyle.display} ${rootStyle.visibility}`,
      documentElements: document.querySelectorAll('base, meta[http-equiv], link[rel=import], style')
        .length,
      positioned,
    }
  })
}
