import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../../bundle/format'
import { resolveConfig } from '../../config'
import { buildBundle } from '../../pipeline/build-bundle'
import { createBuildCache } from '../../pipeline/build-cache'
import { readBundleJson } from '../../write/bundle-file'
import { pngHeader } from './png-header'

let site: string
const posts = () => join(site, 'source', '_posts')

const BODY = [
  '![site](/images/chart.png)',
  '![own](photo.png)',
  '<img src="photo.png" width="10">',
  '{% asset_img photo.png Caption %}',
  '![kept](elsewhere.png)',
].join('\n\n')

async function touch(path: string, bytes: Buffer, day: number) {
  await writeFile(path, bytes)
  const time = new Date(Date.UTC(2024, 0, day))
  await utimes(path, time, time)
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'broadsheet-post-images-'))
  await mkdir(join(posts(), 'Notes'), { recursive: true })
  await mkdir(join(site, 'source', 'images'), { recursive: true })
  await writeFile(join(site, '_config.yml'), 'post_asset_folder: true\npermalink: :year/:title/\n')
  await writeFile(
    join(posts(), 'Notes.md'),
    `---\ntitle: Notes\ndate: 2024-03-01\n---\n\n${BODY}\n`,
  )
  await writeFile(
    join(posts(), 'Cover.md'),
    '---\ntitle: Cover\ndate: 2024-03-02\nheadimg: /images/chart.png\n---\n\nText.\n',
  )
  await touch(join(site, 'source', 'images', 'chart.png'), pngHeader(640, 360), 1)
  await touch(join(posts(), 'Notes', 'photo.png'), pngHeader(40, 30), 1)
})
afterAll(() => rm(site, { recursive: true, force: true }))

async function build(cache: ReturnType<typeof createBuildCache>, post = 'Notes.md') {
  const out = join(site, 'out')
  const result = await buildBundle(
    resolveConfig({ posts: site, out, workers: 0, base: '/news/' }),
    { cache },
  )
  const file = result.report.entries.find((e) => e.path === post)?.file ?? ''
  const article = await readBundleJson<Article>(join(out, file))
  return { result, html: article.html, article }
}

describe('local images and asset folders in a post', () => {
  const cache = createBuildCache()

  it('resolves relative paths into the asset folder and sizes every local image', async () => {
    const { result, html } = await build(cache)
    expect(html).toContain('<img src="/news/images/chart.png" alt="site" width="640" height="360"')
    expect(html).toContain('<img src="/news/2024/Notes/photo.png" alt="own" width="40" height="30"')
    // The markup's own width stays alone: no height is made up for it.
    expect(html).toContain('<img src="/news/2024/Notes/photo.png" width="10" referrerpolicy')
    expect(html).toContain('alt="Caption" title="Caption" width="40" height="30"')
    expect(html).toContain('<img src="elsewhere.png" alt="kept" referrerpolicy')
    expect(result.siteFiles?.postAssets).toEqual([
      { dir: join(posts(), 'Notes'), permalink: '2024/Notes/' },
    ])
  })

  it('sizes a front-matter header image on this disk', async () => {
    const { article } = await build(cache, 'Cover.md')
    expect(article.headImage).toEqual({ src: '/news/images/chart.png', width: 640, height: 360 })
  })

  it('rebuilds the post when one of its images changes, though the post did not', async () => {
    await touch(join(site, 'source', 'images', 'chart.png'), pngHeader(320, 180, 5), 2)
    const { html } = await build(cache)
    expect(html).toContain('<img src="/news/images/chart.png" alt="site" width="320" height="180"')
  })

  it('rebuilds it when a file appears in its asset folder', async () => {
    await writeFile(join(posts(), 'Notes', 'elsewhere.png'), pngHeader(5, 6))
    const { html } = await build(cache)
    expect(html).toContain(
      '<img src="/news/2024/Notes/elsewhere.png" alt="kept" width="5" height="6"',
    )
  })
})
