import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writePrecache } from '../precache'

describe('the service worker’s precache', () => {
  const dirs: string[] = []
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

  it('lists the app shell as served, with the revision of each file’s final bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bs-precache-'))
    dirs.push(dir)
    const files: Record<string, string> = {
      'sw.js': 'precacheAndRoute(self.__WB_MANIFEST)',
      'index.html': '<!doctype html><p>the home page, snapshot included</p>',
      'manifest.webmanifest': '{}',
      '_app/index-abc123.js': 'app',
      'icons/icon-192.png': 'png',
      '404.html': 'not precached',
      'article/abc.html': 'share page',
      'data/entry.json': '{}',
      'sample/picture.png': 'content',
    }
    for (const [file, content] of Object.entries(files)) {
      await mkdir(dirname(join(dir, file)), { recursive: true })
      await writeFile(join(dir, file), content)
    }
    expect(await writePrecache(dir)).toBe(4)
    const sw = await readFile(join(dir, 'sw.js'), 'utf8')
    const list = JSON.parse(/^precacheAndRoute\((.*)\)$/.exec(sw)?.[1] ?? 'null') as {
      url: string
      revision: string | null
    }[]
    const md5 = (text: string) => createHash('md5').update(text).digest('hex')
    expect(list).toEqual(
      expect.arrayContaining([
        { url: 'index.html', revision: md5(files['index.html'] ?? '') },
        { url: 'manifest.webmanifest', revision: md5('{}') },
        { url: 'icons/icon-192.png', revision: md5('png') },
        // Hashed names need no revision.
        { url: '_app/index-abc123.js', revision: null },
      ]),
    )
    expect(list).toHaveLength(4)
  })
})
