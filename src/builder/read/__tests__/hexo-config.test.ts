import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveSiteRoot } from '../hexo-config'

let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-site-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function site(name: string, config?: string): Promise<string> {
  const dir = join(root, name)
  await mkdir(dir, { recursive: true })
  if (config !== undefined) await writeFile(join(dir, '_config.yml'), config)
  return dir
}

describe('resolveSiteRoot', () => {
  it('reads tag_map: names trimmed and NFC, numbers as text, empty values and non-mappings left out', async () => {
    const dir = await site(
      'tag-map',
      "tag_map:\n  JS: JavaScript\n  ' ES  模块 ': ESM\n  2022: 二〇二二\n  年度: 2021\n  empty:\n  __proto__: proto\n  Cafe\u0301: Cafe\u0301s\n",
    )
    const { site: read } = await resolveSiteRoot(dir)
    expect(read.taxonomy?.tagMap).toEqual(
      Object.fromEntries([
        ['JS', 'JavaScript'],
        ['ES 模块', 'ESM'],
        ['2022', '二〇二二'],
        ['年度', '2021'],
        ['__proto__', 'proto'],
        // NFC on both sides, as tag names and the app's URLs are.
        ['Caf\u00e9', 'Caf\u00e9s'],
      ]),
    )
    expect(Object.hasOwn(read.taxonomy?.tagMap ?? {}, '__proto__')).toBe(true)
    for (const config of ['tag_map: [a, b]\n', 'tag_map: JS\n', 'tag_map:\n']) {
      const other = await site(`tag-map-${config.length}`, config)
      expect((await resolveSiteRoot(other)).site.taxonomy?.tagMap).toBeUndefined()
    }
  })

  it('reads a Hexo site root', async () => {
    const dir = await site(
      'hexo',
      'title: Morning Wire\ndescription: 每日早报的归档\nlanguage:\n  - zh-CN\n  - en\ntimezone: Asia/Shanghai\npermalink: :year/:month/:day/:title/\nsince: 2021-03-01\npost_asset_folder: true\n',
    )
    expect(await resolveSiteRoot(dir)).toEqual({
      postsDir: join(dir, 'source/_posts'),
      draftsDir: join(dir, 'source/_drafts'),
      sourceDir: join(dir, 'source'),
      site: {
        title: 'Morning Wire',
        description: '每日早报的归档',
        language: 'zh-CN',
        timezone: 'Asia/Shanghai',
        permalink: ':year/:month/:day/:title/',
        postAssetFolder: true,
      },
    })
  })

  it('follows source_dir and skips empty values', async () => {
    const dir = await site('custom', 'source_dir: src\nlanguage: default\ntimezone: ""\n')
    expect(await resolveSiteRoot(dir)).toEqual({
      postsDir: join(dir, 'src/_posts'),
      draftsDir: join(dir, 'src/_drafts'),
      sourceDir: join(dir, 'src'),
      site: {},
    })
  })

  it('reads root, url (not Hexo’s example.com placeholder), category_map and default_category', async () => {
    const dir = await site(
      'urls',
      'url: https://news.example.net/wire\nroot: /wire/\ndefault_category: 未分类\ncategory_map:\n  科技: tech\n  "": x\n  empty: ""\n',
    )
    expect((await resolveSiteRoot(dir)).site).toEqual({
      url: 'https://news.example.net/wire',
      root: '/wire/',
      taxonomy: { categoryMap: { 科技: 'tech' }, defaultCategory: '未分类' },
    })
    const placeholder = await site('placeholder', 'url: http://example.com\nroot: /\n')
    expect((await resolveSiteRoot(placeholder)).site).toEqual({ root: '/' })
  })

  it('reads hexo-generator-feed’s feed.limit when it is a positive whole number', async () => {
    const limit = async (name: string, config: string) =>
      (await resolveSiteRoot(await site(name, config))).site.feedLimit
    expect(await limit('feed-50', 'feed:\n  type: atom\n  limit: 50\n')).toBe(50)
    // Hexo's 0 and false mean every post: left to the default.
    expect(await limit('feed-0', 'feed:\n  limit: 0\n')).toBeUndefined()
    expect(await limit('feed-false', 'feed:\n  limit: false\n')).toBeUndefined()
    expect(await limit('feed-text', 'feed:\n  limit: ten\n')).toBeUndefined()
    expect(await limit('feed-none', 'title: x\n')).toBeUndefined()
  })

  it('takes a folder with no _config.yml as the posts folder', async () => {
    const dir = await site('plain')
    expect(await resolveSiteRoot(dir)).toEqual({ postsDir: dir, site: {} })
  })

  it('throws a clear error for broken YAML', async () => {
    const dir = await site('broken', 'title: "unclosed\npermalink: [\n')
    await expect(resolveSiteRoot(dir)).rejects.toThrow(/_config\.yml is not valid YAML/)
    const list = await site('list', '- a\n- b\n')
    await expect(resolveSiteRoot(list)).rejects.toThrow(/not a YAML mapping/)
  })
})
