import { existsSync } from 'node:fs'
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { getBundleJson } from './support/bundle'
import { buildSite, E2E_DIST, extraDir } from './support/static-server'

interface Entry {
  latest: { h: string; n: number }
}
interface Page {
  items: { title: string }[]
}

// The home list must show what the bundle built from content/ says, in order.
test('the production build lists the sample posts from the bundle', async ({ page, request }) => {
  const entry = (await (await request.get('/data/entry.json')).json()) as Entry
  expect(entry.latest.n).toBeGreaterThanOrEqual(24)
  const first = (await getBundleJson(request, `/data/lists/${entry.latest.h}-1.json.gz`)) as Page

  await page.goto('/')
  const main = page.getByRole('main')
  for (const { title } of first.items.slice(0, 5)) {
    await expect(main.getByRole('link', { name: title }).first()).toBeVisible()
  }
  await expect(main.getByRole('link', { name: first.items[19]!.title }).first()).toBeAttached()
})

// public/sample holds the sample posts' pictures: a site built from any other posts leaves them out.
test('a site built from other posts ships none of the sample content’s images, nor build bookkeeping', async () => {
  test.setTimeout(120_000)
  const posts = await mkdtemp(join(tmpdir(), 'broadsheet-other-posts-'))
  const out = extraDir('other-posts')
  try {
    const source = join('content', 'source', '_posts', 'Technology', 'Hacker News')
    const [post] = (await readdir(source)).filter((name) => name.endsWith('.md'))
    await copyFile(join(source, post ?? ''), join(posts, 'post.md'))
    await buildSite(out, ['--posts', posts])
    expect(existsSync(join(out, 'index.html'))).toBe(true)
    expect(existsSync(join(out, 'sample'))).toBe(false)
    // Nor the bundle's bookkeeping for incremental builds.
    expect(existsSync(join(out, 'data', 'entry.json'))).toBe(true)
    expect(existsSync(join(out, 'data', '.manifest.json'))).toBe(false)
    expect(existsSync(join(E2E_DIST, 'sample'))).toBe(true)
  } finally {
    await rm(posts, { recursive: true, force: true })
    await rm(out, { recursive: true, force: true })
  }
})
