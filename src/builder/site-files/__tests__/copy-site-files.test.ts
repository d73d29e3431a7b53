import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copySiteFiles } from '../copy-site-files'

let tmp: string
let root: string
let out: string
let report: Awaited<ReturnType<typeof copySiteFiles>>

async function put(path: string, text = path) {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, text)
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'broadsheet-site-files-'))
  root = join(tmp, 'site')
  out = join(tmp, 'out')
  const src = join(root, 'source')
  for (const name of [
    'images/a.png',
    'downloads/notes.txt',
    'robots.txt',
    '_posts/Post.md',
    '_posts/Post/photo.png',
    '_drafts/draft.md',
    '_partial.png',
    '.hidden',
    '.git/config',
    'images/_private/x.png',
    'about/index.md',
    'page.html',
    'sw.js',
    'favicon.svg',
    'icons/icon-192.png',
    'data/extra.json',
    'article/x.png',
  ])
    await put(join(src, name))
  await put(join(tmp, 'secret.txt'), 'secret')
  await symlink(join(tmp, 'secret.txt'), join(src, 'leak.txt'))
  await symlink(join(src, 'images'), join(src, 'pictures'))
  await symlink(src, join(src, 'images', 'loop'))
  // The app, already in the output folder.
  for (const name of ['index.html', 'sw.js', 'favicon.svg', 'icons/icon-192.png', '_app/x.js'])
    await put(join(out, name), `app ${name}`)
  report = await copySiteFiles(out, {
    root,
    sourceDir: src,
    postAssets: [{ dir: join(src, '_posts/Post'), permalink: '2024/03/01/Post/' }],
  })
})
afterAll(() => rm(tmp, { recursive: true, force: true }))

describe('copySiteFiles', () => {
  it('copies source/ files and asset folders, keeping their paths', async () => {
    expect(await readFile(join(out, 'images/a.png'), 'utf8')).toContain('images/a.png')
    expect(existsSync(join(out, 'downloads/notes.txt'))).toBe(true)
    expect(existsSync(join(out, 'robots.txt'))).toBe(true)
    expect(await readFile(join(out, '2024/03/01/Post/photo.png'), 'utf8')).toContain('photo.png')
    // A link inside the site is followed, once: never into a loop.
    expect(existsSync(join(out, 'pictures/a.png'))).toBe(true)
    expect(existsSync(join(out, 'images/loop'))).toBe(false)
    expect(report.copied).toBe(5)
  })

  it('skips what Hexo skips: posts, drafts, `_` and hidden entries', () => {
    for (const name of ['_posts', '_drafts', '_partial.png', '.hidden', '.git', 'images/_private'])
      expect(existsSync(join(out, name)), name).toBe(false)
  })

  it('counts pages without copying them', () => {
    expect(report.pages).toEqual(['source/about/index.md', 'source/page.html'])
    expect(existsSync(join(out, 'page.html'))).toBe(false)
    expect(existsSync(join(out, 'about'))).toBe(false)
  })

  it("keeps the app's files and names each file left out", async () => {
    expect(await readFile(join(out, 'sw.js'), 'utf8')).toBe('app sw.js')
    expect(await readFile(join(out, 'icons/icon-192.png'), 'utf8')).toBe('app icons/icon-192.png')
    expect(existsSync(join(out, 'data'))).toBe(false)
    expect(existsSync(join(out, 'article'))).toBe(false)
    expect(report.warnings).toEqual([
      "source/article/x.png: would land in the app's article/ folder; not copied",
      "source/data/extra.json: would land in the app's data/ folder; not copied",
      "source/favicon.svg: would overwrite the app's favicon.svg; not copied",
      "source/icons/icon-192.png: would overwrite the app's icons/icon-192.png; not copied",
      'source/leak.txt: a link to outside the site; not copied',
      "source/sw.js: would overwrite the app's sw.js; not copied",
    ])
  })

  it('never follows a link out of the site', () => {
    expect(existsSync(join(out, 'leak.txt'))).toBe(false)
  })
})
