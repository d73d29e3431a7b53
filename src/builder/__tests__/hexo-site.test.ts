import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  AliasIndex,
  AliasShard,
  Article,
  CategoryTree,
  Entry,
  IdShard,
} from '../../bundle/format'
import { bundlePaths, normalizePermalink, shardOf } from '../../bundle/paths'
import { buildBundle } from '../pipeline/build-bundle'
import { withSiteDefaults } from '../pipeline/site-defaults'
import { readBundleJson } from '../write/bundle-file'

// A Hexo site root: what _config.yml and the front matter say about which posts exist and where.
const FILES: Record<string, string> = {
  '_config.yml': [
    'title: Harbour Notes',
    'url: https://harbour.example.net',
    'root: /notes/',
    'permalink: :category/:title/',
    'default_category: Loose ends',
    'category_map:',
    '  港口: port',
    'feed:',
    '  limit: 7',
  ].join('\n'),
  'source/_posts/tides.md':
    '---\ntitle: Tides\ndate: 2024-03-01\ncategories: [港口]\n---\nHigh water.\n',
  'source/_posts/unfiled.md': '---\ntitle: Unfiled\ndate: 2024-03-02\n---\nNo category.\n',
  'source/_posts/moved.md':
    '---\ntitle: Moved\ndate: 2024-03-03\npermalink: /old/moved-here/\n---\nElsewhere.\n',
  'source/_posts/renamed.md': '---\ntitle: Renamed\ndate: 2024-03-04\nslug: crane\n---\nSlug.\n',
  'source/_posts/hidden.md': '---\ntitle: Hidden\ndate: 2024-03-05\npublished: false\n---\nNo.\n',
  'source/_drafts/someday.md': '---\ntitle: Someday\n---\nA draft.\n',
}

let root: string
let out: string
const read = <T>(file: string) => readBundleJson<T>(join(out, file))

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-hexo-site-'))
  out = join(root, 'out')
  for (const [path, text] of Object.entries(FILES)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('a Hexo site root', () => {
  it('skips drafts and unpublished posts, counting them in the report', async () => {
    const { report, entry } = await buildBundle({ posts: root, out, workers: 0 })
    expect(entry.counts.articles).toBe(4)
    expect(report.totals).toMatchObject({ files: 6, ok: 4, skipped: 2, rejected: 0 })
    const skipped = report.entries.filter((e) => e.status === 'skipped')
    expect(skipped.map((e) => [e.path, e.reason])).toEqual([
      ['hidden.md', expect.stringMatching(/published: false/)],
      ['../_drafts/someday.md', expect.stringMatching(/_drafts/)],
    ])
  })

  it('files posts with no category under default_category', async () => {
    const entry = await read<Entry>(bundlePaths.entry)
    const tree = await read<CategoryTree>(bundlePaths.tree(entry.tree))
    expect(tree.roots.map((n) => n.name)).toEqual(expect.arrayContaining(['港口', 'Loose ends']))
  })

  it('serves old links from category_map slugs, front matter permalink and slug', async () => {
    const entry = await read<Entry>(bundlePaths.entry)
    const aliases = new Map<string, string>()
    const { shards } = await read<AliasIndex>(bundlePaths.aliasIndex(entry.aliases))
    for (const hash of shards) {
      const shard = await read<AliasShard>(bundlePaths.aliasShard(hash))
      for (const [path, id] of Object.entries(shard.ids)) aliases.set(path, id)
    }
    const titleOf = async (path: string) => {
      const id = aliases.get(normalizePermalink(path)) ?? ''
      const ids = await read<IdShard>(
        bundlePaths.idShard(entry.idShards[shardOf(id, entry.idShards.length)] ?? ''),
      )
      return (await read<Article>(bundlePaths.article(ids.files[id] ?? ''))).title
    }
    expect(await titleOf('/port/tides/')).toBe('Tides')
    expect(await titleOf('/Loose-ends/unfiled/')).toBe('Unfiled')
    expect(await titleOf('/old/moved-here/')).toBe('Moved')
    expect(await titleOf('/Loose-ends/crane/')).toBe('Renamed')
  })

  it('takes root, url and feed.limit as the defaults for --base, --site-url and --feed-items', async () => {
    expect(await withSiteDefaults({ posts: root, siteUrl: undefined })).toMatchObject({
      base: '/notes/',
      siteUrl: 'https://harbour.example.net',
    })
    const given = { posts: root, base: '/', siteUrl: 'https://other.test' }
    expect(await withSiteDefaults(given)).toEqual(given)
    // A bundle build has no site URL to fill in.
    expect(await withSiteDefaults({ posts: root })).not.toHaveProperty('siteUrl')
    // A site build's feed size: feed.limit, unless --feed-items gave one.
    expect(await withSiteDefaults({ posts: root, feedItems: undefined })).toMatchObject({
      feedItems: 7,
    })
    expect(await withSiteDefaults({ posts: root, feedItems: 5 })).toMatchObject({ feedItems: 5 })
  })
})
