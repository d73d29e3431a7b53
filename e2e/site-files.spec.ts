import { existsSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { BuildReport } from '../src/builder/index'
import { buildSite, E2E_DIST, extraDir } from './support/static-server'

// A post of the sample site with pictures from source/images/ and from its own asset folder.
const TITLE = 'Notes from a Hexo site'

test("a post's local pictures load, each with its width and height", async ({ page }) => {
  await page.goto(`/category/${['编程', 'Hexo'].map(encodeURIComponent).join('/')}`)
  const main = page.getByRole('main')
  await main.getByRole('link', { name: TITLE }).click()
  await expect(main.getByRole('heading', { level: 1, name: TITLE })).toBeVisible()
  // The first picture is the header image; the body's copy of it is hidden.
  const images = main.locator('img:visible')
  // /images/… twice, a relative path into the asset folder, and asset_img.
  await expect(images).toHaveCount(4)
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded()
    const width = Number(await img.getAttribute('width'))
    const height = Number(await img.getAttribute('height'))
    expect(width).toBeGreaterThan(0)
    expect(height).toBeGreaterThan(0)
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBe(width)
    // The box the attributes reserve has the picture's shape (height: auto keeps it responsive).
    const box = await img.boundingBox()
    expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - width / height)).toBeLessThan(0.02)
  }
})

test("the app's files are in _app/; the site's files keep their paths", () => {
  expect(readdirSync(join(E2E_DIST, '_app')).some((name) => name.endsWith('.js'))).toBe(true)
  // The sample site has no assets/ of its own, and the app no longer writes one.
  expect(existsSync(join(E2E_DIST, 'assets'))).toBe(false)
  expect(existsSync(join(E2E_DIST, 'images', 'tide-chart.png'))).toBe(true)
  // Nothing Hexo skips, no page: the posts stay in the bundle only.
  expect(existsSync(join(E2E_DIST, '_posts'))).toBe(false)
})

test("a site file that would overwrite the app's is left out and named in the report", async () => {
  test.setTimeout(120_000)
  const site = await mkdtemp(join(tmpdir(), 'broadsheet-site-files-'))
  const out = extraDir('site-files')
  try {
    await mkdir(join(site, 'source', '_posts'), { recursive: true })
    await mkdir(join(site, 'source', 'images'), { recursive: true })
    await writeFile(join(site, '_config.yml'), 'title: Collisions\n')
    await writeFile(
      join(site, 'source', '_posts', 'post.md'),
      '---\ntitle: A post\ndate: 2024-03-01\n---\n\nText.\n',
    )
    await writeFile(join(site, 'source', 'sw.js'), '/* the site’s own worker */')
    await writeFile(join(site, 'source', 'images', 'note.txt'), 'kept')
    await writeFile(join(site, 'source', 'about.md'), '# About')
    await buildSite(out, ['--posts', site])
    const report = JSON.parse(await readFile(`${out}.build-report.json`, 'utf8')) as BuildReport
    expect(report.siteFiles).toEqual({
      copied: 1,
      pages: ['source/about.md'],
      warnings: ["source/sw.js: would overwrite the app's sw.js; not copied"],
    })
    expect(await readFile(join(out, 'sw.js'), 'utf8')).not.toContain('the site’s own worker')
    expect(await readFile(join(out, 'images', 'note.txt'), 'utf8')).toBe('kept')
  } finally {
    await rm(site, { recursive: true, force: true })
    await rm(out, { recursive: true, force: true })
    await rm(`${out}.build-report.json`, { force: true })
  }
})
