import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeOrKeep } from '../keep-unchanged'

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-keep-'))
  await mkdir(join(root, 'old/category/a'), { recursive: true })
  await writeFile(join(root, 'old/category/a/feed.atom'), '<feed>same</feed>')
  await writeFile(join(root, 'old/feed.xml'), '<rss>before</rss>')
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('files a site build may carry over', () => {
  it('keeps the previous site’s file, modification time and all, when the bytes are the same', async () => {
    const old = await stat(join(root, 'old/category/a/feed.atom'))
    const outcome = await writeOrKeep(
      join(root, 'new'),
      'category/a/feed.atom',
      '<feed>same</feed>',
      join(root, 'old'),
    )
    expect(outcome).toBe('kept')
    const kept = await stat(join(root, 'new/category/a/feed.atom'))
    expect(kept.ino).toBe(old.ino)
    expect(kept.mtimeMs).toBe(old.mtimeMs)
  })

  it('writes new bytes when they differ, or when there is no previous file or site', async () => {
    const dir = join(root, 'new')
    expect(await writeOrKeep(dir, 'feed.xml', '<rss>after</rss>', join(root, 'old'))).toBe(
      'written',
    )
    expect(await readFile(join(dir, 'feed.xml'), 'utf8')).toBe('<rss>after</rss>')
    expect(await readFile(join(root, 'old/feed.xml'), 'utf8')).toBe('<rss>before</rss>')
    expect(await writeOrKeep(dir, 'feed.json', '{}', join(root, 'old'))).toBe('written')
    expect(await writeOrKeep(dir, 'sitemap.xml', '<x/>')).toBe('written')
  })
})
