/**
 * `npm run screenshots`: builds the site from content/, serves it, and writes docs/screenshots/
 * (home with read, unread and saved entries, /saved, the unread filter, a category, an archive month, the seed-like Chinese article, a search and the code of a
 * post written with Hexo tag plugins, the tag index and a tag page, the keyboard shortcuts' help, an article's
 * table of contents (open on a phone), the seed article in Traditional characters, read aloud (a stand-in speechSynthesis), its first figure in the lightbox and its print preview; phone and desktop; light and dark). Options: --port (default 4350), --out (the build folder), --skip-build,
 * --only (shot names, comma-separated: `--only tags,tag`).
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
// @ts-expect-error: a plain .mjs module shared with the npm script, no types.
import { CHROMIUM_ARGS, findBrowser } from '../../test-support/find-browser.mjs'
import { readBundleFile } from './bundle'
import { endUtterance, installSpeechStub } from './speech-stub'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4350' },
    out: { type: 'string', default: join(tmpdir(), 'broadsheet-screenshots') },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
})
const port = Number(values.port)
const dist = values.out
const origin = `http://localhost:${port}`
const SHOTS = 'docs/screenshots'
const only = values.only ? new Set(values.only.split(',')) : undefined
const SEED_TITLE = '岁末年初港口集装箱吞吐量稳中有升 多地加快智慧码头建设'

const viewports = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const
const themes = ['light', 'dark'] as const

/** The seed article's id, read from the built alias table (its permalink ends in its title). */
function seedArticlePath(): string {
  const entry = JSON.parse(readFileSync(join(dist, 'data/entry.json'), 'utf8')) as {
    aliases: string
  }
  const index = readBundleFile<{ shards: string[] }>(
    join(dist, 'data/aliases', `index-${entry.aliases}.json.gz`),
  )
  for (const shard of index.shards) {
    const file = join(dist, 'data/aliases', `${shard}.json.gz`)
    const { ids } = readBundleFile<{ ids: Record<string, string> }>(file)
    const hit = Object.entries(ids).find(([permalink]) => permalink.endsWith(SEED_TITLE))
    if (hit) return `/article/${encodeURIComponent(hit[1])}`
  }
  throw new Error(`the seed article "${SEED_TITLE}" is not in the bundle`)
}

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer`)
}

/** Settled: the page's h1 is in, web fonts and every eager image have loaded or failed. */
async function settle(page: Page) {
  await page.locator('main h1').first().waitFor()
  await page.waitForLoadState('networkidle')
  await page.evaluate(async () => {
    await document.fonts.ready
    const images = [...document.images].filter((img) => img.loading !== 'lazy')
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)))
  })
}

async function markSomeRead(page: Page) {
  for (const i of [1, 2]) {
    const entry = page.locator('main .entry').nth(i)
    if ((await entry.getAttribute('data-read')) === 'false')
      await entry.locator('.read-toggle').click()
    await entry.and(page.locator('[data-read="true"]')).waitFor()
  }
  // Two saved, for the stars here and for /saved.
  for (const i of [0, 2]) {
    const star = page.locator('main .entry').nth(i).locator('.save-toggle')
    if ((await star.getAttribute('aria-pressed')) === 'false') await star.click()
    await star.and(page.locator('[aria-pressed="true"]')).waitFor()
  }
  // Away from the last button pressed: no focus ring in the picture.
  await page.locator('main h1').first().click()
}

/** The contents open on a phone, and on both a section reached from them (marked in the column). */
async function openContents(page: Page) {
  const phone = (page.viewportSize()?.width ?? 0) < 1100
  const toc = page.locator(phone ? '.article-toc--inline' : '.article-toc--side')
  if (phone) await toc.locator('summary').click()
  await toc.getByRole('link').nth(2).click()
  await page.waitForTimeout(300)
  // Where the reader would stand to use them: the top of the article.
  if (phone) await page.evaluate(() => window.scrollTo(0, 0))
  await page.mouse.move(0, 0)
}

/** The page as printed: print media (the stylesheet Chromium prints with) at the width of A4
 * inside article-print.css's margins (180 mm at 96 dpi). */
async function printPreview(page: Page) {
  await page.setViewportSize({ width: 680, height: 994 })
  await page.emulateMedia({ media: 'print' })
  await page.evaluate(() => window.scrollTo(0, 0))
}

/** The 简/繁 setting at 繁體, chosen in this tab: the page once the converter has shown it. */
async function showTraditional(page: Page) {
  await page.evaluate(() => localStorage.setItem('broadsheet.script', 'hant'))
  await page.reload()
  await page.waitForFunction(() => performance.getEntriesByName('broadsheet:script-shown').length)
  await settle(page)
}

/** Listening, a few sentences in: the player bar, and the sentence being read highlighted. */
async function listenAlong(page: Page) {
  await page.locator('.article-listen__button').click()
  await page.locator('.listen-player').waitFor()
  for (let i = 0; i < 3; i++) await endUtterance(page)
  await page.waitForTimeout(400)
  await page.mouse.move(0, 0)
}

/** The seed article's first figure in the lightbox, its caption under it. */
async function openLightbox(page: Page) {
  await page.locator('.article-body img[data-lightbox]').first().click()
  const img = page.locator('dialog.lightbox .lightbox__img')
  await img.waitFor()
  await img.evaluate((el: HTMLImageElement) => el.decode().catch(() => undefined))
  await page.waitForTimeout(300)
}

async function openShortcutHelp(page: Page) {
  await page.keyboard.press('?')
  await page.locator('.shortcut-help').waitFor()
}

async function main() {
  if (!values['skip-build']) {
    execFileSync('npm', ['run', 'build', '--', '--quiet', '--out', dist], { stdio: 'inherit' })
  }
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', dist, '--bypass-lock'],
    { stdio: 'ignore', detached: true },
  )
  try {
    await waitForServer(origin)
    const pages: {
      name: string
      path: string
      ready?: string
      scrollTo?: string
      act?: (page: Page) => Promise<void>
      fullPage?: boolean
      /** Opened in its own page, with a stand-in for speechSynthesis (Chromium here has no voices). */
      speech?: boolean
      only?: (typeof viewports)[number]['name']
    }[] = [
      // Read and unread entries side by side: the second and third marked read.
      { name: 'home', path: '/', ready: '.entry[data-read]', act: markSomeRead },
      { name: 'saved', path: '/saved', ready: '.saved-entry' },
      { name: 'unread', path: '/?unread=1', ready: '.unread-more p' },
      {
        name: 'category',
        path: `/category/${['金融', '新浪财经'].map(encodeURIComponent).join('/')}`,
      },
      { name: 'archive-month', path: '/archive/2022/01' },
      { name: 'article', path: seedArticlePath() },
      { name: 'search', path: `/search?q=${encodeURIComponent('阅读')}`, ready: '.search-result' },
      // The sample post written with Hexo tag plugins, at its highlighted code.
      { name: 'code-post', path: '/article/UA0UXGnxdO69', scrollTo: '.article-body figure' },
      { name: 'tags', path: '/tags' },
      { name: 'shortcuts', path: '/', ready: '.entry[data-read]', act: openShortcutHelp },
      { name: 'tag', path: `/tag/${encodeURIComponent('阅读 工具')}` },
      // JavaScript 周刊第 112 期: five headings on two levels.
      { name: 'toc', path: '/article/zat5KqLp3_kP', act: openContents },
      // The seed article, written in Simplified characters, shown in Traditional ones.
      { name: 'traditional', path: seedArticlePath(), act: showTraditional },
      { name: 'listen', path: seedArticlePath(), act: listenAlong, speech: true },
      { name: 'lightbox', path: seedArticlePath(), act: openLightbox },
      // Paper has one size: taken once per theme (the dark theme prints black on white too).
      {
        name: 'print',
        path: seedArticlePath(),
        act: printPreview,
        fullPage: true,
        only: 'desktop',
      },
    ]
    mkdirSync(SHOTS, { recursive: true })
    const browser = await chromium.launch({
      executablePath: (findBrowser() as string | null | undefined) ?? undefined,
      args: CHROMIUM_ARGS,
    })
    for (const viewport of viewports) {
      for (const theme of themes) {
        const context = await browser.newContext({
          viewport,
          colorScheme: theme,
          locale: 'zh-CN',
          serviceWorkers: 'block',
        })
        await context.addInitScript((t) => localStorage.setItem('broadsheet.theme', t), theme)
        const shared = await context.newPage()
        for (const { name, path, ready, scrollTo, act, fullPage, speech } of pages.filter(
          (p) => (!only || only.has(p.name)) && (!p.only || p.only === viewport.name),
        )) {
          const page = speech ? await context.newPage() : shared
          if (speech) await installSpeechStub(page)
          await page.goto(origin + path)
          if (ready) await page.locator(ready).first().waitFor()
          await settle(page)
          await act?.(page)
          if (scrollTo)
            await page
              .locator(scrollTo)
              .first()
              .evaluate((el) => el.scrollIntoView({ block: 'start' }))
          await page.screenshot({
            path: join(SHOTS, `${name}-${viewport.name}-${theme}.png`),
            fullPage: fullPage === true,
          })
          await page.emulateMedia({ media: 'screen' })
          await page.setViewportSize(viewport)
          // Every shot starts from the text as written.
          await page.evaluate(() => localStorage.removeItem('broadsheet.script'))
          if (speech) await page.close()
        }
        await context.close()
      }
    }
    await browser.close()
  } finally {
    // The whole group: npx and the vite process under it.
    if (server.pid && server.exitCode === null) process.kill(-server.pid)
  }
}

await main()
