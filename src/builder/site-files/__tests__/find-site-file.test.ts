import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findSiteFile } from '../find-site-file'

let root: string
const sources = () => ({
  root,
  sourceDir: join(root, 'source'),
  postAssets: [{ dir: join(root, 'source/_posts/Post'), permalink: '2024/Post/' }],
})

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-find-site-file-'))
  await mkdir(join(root, 'source/_posts/Post'), { recursive: true })
  await mkdir(join(root, 'source/images'), { recursive: true })
  for (const name of ['images/a.png', '_posts/Post/photo.png', 'about.md', '.env'])
    await writeFile(join(root, 'source', name), name)
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('findSiteFile (the dev server)', () => {
  it('finds what a site build copies, where it copies it', async () => {
    expect(await findSiteFile(sources(), 'images/a.png')).toBe(join(root, 'source/images/a.png'))
    expect(await findSiteFile(sources(), '2024/Post/photo.png')).toBe(
      join(root, 'source/_posts/Post/photo.png'),
    )
  })

  it('finds nothing a site build leaves out', async () => {
    for (const path of ['_posts/Post/photo.png', 'about.md', '.env', 'images/../.env', 'images/'])
      expect(await findSiteFile(sources(), path), path).toBeUndefined()
  })
})
