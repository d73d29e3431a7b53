import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localFilesFor } from '../local-files'
import { readImageSize } from '../image-sizes'
import { pngHeader } from './png-header'

let root: string
let source: string
let publicDir: string
const post = () => ({
  absPath: join(source, '_posts', 'My post.md'),
  permalink: '2024/03/01/My post/',
  base: '/news/',
})

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-local-files-'))
  source = join(root, 'source')
  publicDir = join(root, 'public')
  await mkdir(join(source, '_posts', 'My post'), { recursive: true })
  await mkdir(join(source, 'images'), { recursive: true })
  await mkdir(join(publicDir, 'sample'), { recursive: true })
  await writeFile(join(source, '_posts', 'My post', 'photo.png'), pngHeader(40, 30))
  await writeFile(join(source, 'images', 'wide.png'), pngHeader(1200, 400))
  await writeFile(join(source, 'images', 'not-an-image.png'), 'hello')
  await writeFile(join(source, '_posts', 'secret.png'), pngHeader(9, 9))
  await writeFile(join(publicDir, 'sample', 'chart.png'), pngHeader(800, 450))
  // The app's file wins over the site's of the same path.
  await writeFile(join(source, 'images', 'shared.png'), pngHeader(1, 2))
  await mkdir(join(publicDir, 'images'), { recursive: true })
  await writeFile(join(publicDir, 'images', 'shared.png'), pngHeader(3, 4))
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('localFilesFor', () => {
  const settings = () => ({ roots: [publicDir, source], assetFolders: true })

  it("resolves a relative path to the asset folder's file, beside the permalink", () => {
    const local = localFilesFor(post(), settings())
    expect(local.assetDir).toBe(join(source, '_posts', 'My post'))
    expect(local.resolveRelative('photo.png')).toBe('/news/2024/03/01/My post/photo.png')
    expect(local.resolveRelative('./photo.png?v=2')).toBe('/news/2024/03/01/My post/photo.png?v=2')
    // Not in the folder, or not relative: left as written.
    for (const url of [
      'missing.png',
      '../secret.png',
      '/images/wide.png',
      'https://x.test/a.png',
      '#top',
      'mailto:a@b.test',
    ])
      expect(local.resolveRelative(url), url).toBeUndefined()
  })

  it('resolves nothing without post_asset_folder or without the folder', () => {
    expect(
      localFilesFor(post(), { ...settings(), assetFolders: false }).resolveRelative('photo.png'),
    ).toBeUndefined()
    const other = { ...post(), absPath: join(source, '_posts', 'Other.md') }
    const local = localFilesFor(other, settings())
    expect(local.assetDir).toBeUndefined()
    expect(local.resolveRelative('photo.png')).toBeUndefined()
    // The missing folder is a dependency all the same: making it must rebuild the post.
    expect(local.deps.get(join(source, '_posts', 'Other'))).toBe('')
  })

  it('reads the size of local images: source/, asset folder, public/, the app first', () => {
    const local = localFilesFor(post(), settings())
    expect(local.imageSize('/news/images/wide.png')).toEqual({ width: 1200, height: 400 })
    expect(local.imageSize('/news/images/wide.png?x=1#y')).toEqual({ width: 1200, height: 400 })
    expect(local.imageSize('/news/2024/03/01/My%20post/photo.png')).toEqual({
      width: 40,
      height: 30,
    })
    expect(local.imageSize('/news/sample/chart.png')).toEqual({ width: 800, height: 450 })
    expect(local.imageSize('/news/images/shared.png')).toEqual({ width: 3, height: 4 })
    expect(local.deps.get(join(source, 'images', 'wide.png'))).toMatch(/^33:/)
  })

  it('reads no size for what the site does not serve, or is no image', () => {
    const local = localFilesFor(post(), settings())
    for (const url of [
      '/news/_posts/secret.png',
      '/news/../source/_posts/secret.png',
      '/images/wide.png',
      '//cdn.test/images/wide.png',
      'https://x.test/news/images/wide.png',
      '/news/images/not-an-image.png',
      '/news/images/%E0%A4%A.png',
    ])
      expect(local.imageSize(url), url).toBeUndefined()
  })
})

describe('readImageSize', () => {
  it('reads a file once while its size and time stay, and again when they change', async () => {
    const file = join(root, 'cached.png')
    const then = new Date('2024-01-01T00:00:00Z')
    await writeFile(file, pngHeader(10, 20))
    await utimes(file, then, then)
    expect(readImageSize(file).size).toEqual({ width: 10, height: 20 })
    // Other bytes of the same length and time: the cached size stands, so no read happened.
    await writeFile(file, pngHeader(30, 40))
    await utimes(file, then, then)
    expect(readImageSize(file).size).toEqual({ width: 10, height: 20 })
    const later = new Date('2024-01-02T00:00:00Z')
    await utimes(file, later, later)
    expect(readImageSize(file).size).toEqual({ width: 30, height: 40 })
  })
})
