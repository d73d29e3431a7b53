// @vitest-environment jsdom
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { parseFeed } from '@rowanmanning/feed-parser'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
// The published JSON Feed 1.1 schema (npm jsonfeed-schema), its uri and date-time formats checked too.
import SCHEMA from 'jsonfeed-schema/schema-v1.1.json' with { type: 'json' }
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateCategory } from '../../../bundle/category-refs'
import type { CategoryNode, CategoryRefShard, CategoryTree, ListPage } from '../../../bundle/format'
import type { FeedFormat } from '../../../bundle/feed-paths'
import { feedFile, feedHref } from '../../../bundle/feed-paths'
import { BUNDLE_DIR, bundlePaths } from '../../../bundle/paths'
import { readBundleJson } from '../../write/bundle-file'
import type { FeedSite } from './feed-site'
import { buildFeedSite, post } from './feed-site'

const ROOT = 'https://example.com/news/'
const N = 5
const validateJsonFeed = addFormats(new Ajv({ allErrors: true, strict: false })).compile(SCHEMA)
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'item'].includes(name),
})

const BODY = [
  'Fish & chips < 5 pounds, "quoted".',
  '',
  '![a picture](/news/images/p.jpg) [an older post](../older/) [a note](#n1) [mail](mailto:desk@example.org)',
].join('\n')

function posts(): Record<string, string> {
  const files: Record<string, string> = {}
  for (let i = 0; i < 12; i++)
    files[`domestic/${i}.md`] = post(
      {
        title: `国内 ${i}`,
        date: `2024-03-${String(i + 1).padStart(2, '0')} 09:00:00`,
        categories: [['新闻', '国内']],
        ...(i % 3 === 0 ? { headimg: `/news/images/head-${i}.jpg` } : {}),
        ...(i === 10 ? { updated: '2024-04-01 12:00:00' } : {}),
      },
      BODY,
    )
  for (let i = 0; i < 5; i++)
    files[`world/${i}.md`] = post(
      { title: `World ${i}`, date: `2024-02-${10 + i} 20:30:00`, categories: [['新闻', '国际']] },
      BODY,
    )
  for (let i = 0; i < 3; i++)
    files[`tech/${i}.md`] = post(
      {
        title: `Tech ${i}`,
        date: `2023-12-0${i + 1} 23:59:00`,
        categories: ['Tech'],
        tags: ['JS'],
        author: 'Desk',
      },
      BODY,
    )
  files['misc/slash.md'] = post(
    { title: 'Slash', date: '2023-11-11 11:11:00', categories: ['AC/DC'] },
    BODY,
  )
  return files
}

let built: FeedSite
/** Every feed: the site's (`[]`) and each category node's, with the ids its list starts with. */
const feeds: { path: string[]; ids: string[] }[] = []

beforeAll(async () => {
  built = await buildFeedSite(posts(), {
    siteRoot: ROOT,
    feedItems: N,
    feedContent: 'full',
    timezone: 'Asia/Shanghai',
  })
  const data = join(built.site, BUNDLE_DIR)
  const tree = await readBundleJson<CategoryTree>(join(data, bundlePaths.tree(built.entry.tree)))
  // Each node's list, found as the app finds it (src/bundle/category-refs.ts).
  const listOf = async (path: string[]) => {
    const at = locateCategory(tree, path)!
    const refs = bundlePaths.categoryRefs(at.shard!)
    return (await readBundleJson<CategoryRefShard>(join(data, refs))).lists[at.index]!
  }
  const visit = async (nodes: CategoryNode[], parent: string[]) => {
    for (const node of nodes) {
      const list = await listOf([...parent, node.name])
      const page = await readBundleJson<ListPage>(join(data, bundlePaths.listPage(list, 1)))
      feeds.push({ path: [...parent, node.name], ids: page.items.slice(0, N).map((s) => s.id) })
      await visit(node.children, [...parent, node.name])
    }
  }
  feeds.push({ path: [], ids: built.latest.slice(0, N).map((s) => s.id) })
  await visit(tree.roots, [])
}, 60_000)
afterAll(() => rm(built.root, { recursive: true, force: true }))

interface RawEntry {
  content?: { '#text': string }
  description?: string
  published?: string
  updated?: string
  pubDate?: string
}
interface RawFeed {
  feed?: { entry: RawEntry[] }
  rss?: { channel: { item: RawEntry[] } }
}

const read = (path: string[], format: FeedFormat) =>
  readFile(join(built.site, feedFile(path, format)), 'utf8')
const articleUrl = (id: string) => `${ROOT}article/${id}`

/** Every URL attribute in an item's HTML, as a browser reads it. */
function urlsIn(html: string): string[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  return [...body.querySelectorAll('[href], [src], [poster]')].flatMap((el) =>
    ['href', 'src', 'poster'].flatMap((name) => el.getAttribute(name) ?? []),
  )
}

function checkContent(html: string | null | undefined) {
  expect(html).toContain('<p>Fish &amp; chips &lt; 5 pounds, "quoted".</p>')
  expect(html).not.toMatch(/&amp;(amp|lt|gt);|&lt;p&gt;/)
  const urls = urlsIn(html ?? '')
  expect(urls.length).toBeGreaterThanOrEqual(4)
  for (const url of urls) expect(url).toMatch(/^(https:\/\/example\.com\/news\/|mailto:)/)
}

describe('the feeds of a site', () => {
  it('writes the site’s and one per category node, in three formats each', () => {
    expect(feeds.map((f) => f.path.join('/'))).toEqual([
      '',
      '新闻',
      '新闻/国内',
      '新闻/国际',
      'Tech',
      'AC/DC',
    ])
    expect(built.report).toMatchObject({ feeds: feeds.length, robots: 'not at the host root' })
    expect(feedFile(['AC/DC'], 'atom')).toMatch(/^feeds\/[0-9a-f]{16}\/feed\.atom$/)
  })

  it('Atom and RSS: well-formed, the newest N newest first, absolute URLs, dates with the offset', async () => {
    for (const { path, ids } of feeds)
      for (const format of ['atom', 'rss'] as const) {
        const text = await read(path, format)
        const where = `${format} of /${path.join('/')}`
        expect(XMLValidator.validate(text), where).toBe(true)
        const feed = parseFeed(text)
        expect(feed.self, where).toBe(`${ROOT}${feedHref(path, format)}`)
        expect(
          feed.items.map((item) => item.url),
          where,
        ).toEqual(ids.map(articleUrl))
        const dates = feed.items.map((item) => item.published?.getTime() ?? 0)
        expect(dates, where).toEqual([...dates].sort((a, b) => b - a))
        // The raw elements, XML entities decoded once: the parser above decodes HTML's too,
        // which would hide content escaped twice.
        const raw = xml.parse(text) as RawFeed
        const entries = format === 'atom' ? raw.feed!.entry : raw.rss!.channel.item
        for (const entry of entries) {
          checkContent(format === 'atom' ? entry.content?.['#text'] : entry.description)
          const stamps = format === 'atom' ? [entry.published, entry.updated] : [entry.pubDate]
          for (const stamp of stamps)
            expect(stamp).toMatch(format === 'atom' ? /\+08:00$/ : /\+0800$/)
        }
      }
  })

  it('JSON Feed: valid against the published 1.1 schema, and the same items', async () => {
    for (const { path, ids } of feeds) {
      const feed = JSON.parse(await read(path, 'json')) as {
        feed_url: string
        items: { url: string; content_html: string; date_published: string }[]
      }
      expect(validateJsonFeed(feed), JSON.stringify(validateJsonFeed.errors)).toBe(true)
      expect(feed.feed_url).toBe(`${ROOT}${feedHref(path, 'json')}`)
      expect(feed.items.map((item) => item.url)).toEqual(ids.map(articleUrl))
      for (const item of feed.items) {
        expect(item.date_published).toMatch(/\+08:00$/)
        checkContent(item.content_html)
      }
    }
  })

  it('gives the site’s time, author, categories and header image', async () => {
    const feed = parseFeed(await read(['新闻', '国内'], 'atom'))
    const first = feed.items[0]!
    expect(first.title).toBe('国内 11')
    expect(first.categories.map((c) => c.term)).toEqual(['新闻', '国内'])
    expect(JSON.stringify(first.published)).toBe('"2024-03-12T01:00:00.000Z"')
    expect(JSON.stringify(feed.items[1]!.updated)).toBe('"2024-04-01T04:00:00.000Z"')
    const json = JSON.parse(await read([], 'json')) as {
      items: { title: string; image?: string; date_modified: string }[]
    }
    expect(json.items[1]).toMatchObject({
      title: '国内 10',
      date_modified: '2024-04-01T12:00:00+08:00',
    })
    const withImage = json.items.find((item) => item.title === '国内 9')
    expect(withImage?.image).toBe(`${ROOT}images/head-9.jpg`)
    const rss = await read(['Tech'], 'rss')
    expect(rss).toContain('<dc:creator>Desk</dc:creator>')
    expect(rss).toContain('<category>JS</category>')
    expect(await read([], 'rss')).toMatch(
      /<enclosure url="https:\/\/example\.com\/news\/images\/head-9\.jpg" length="0" type="image\/jpeg"\/>/,
    )
  })
})

describe('the sitemap', () => {
  it('lists every article, category, tag and archive month, with lastmod in the offset', async () => {
    const index = await readFile(join(built.site, 'sitemap.xml'), 'utf8')
    expect(index).toContain(`<loc>${ROOT}sitemap-1.xml</loc>`)
    const sitemap = await readFile(join(built.site, 'sitemap-1.xml'), 'utf8')
    expect(XMLValidator.validate(sitemap)).toBe(true)
    const { urlset } = xml.parse(sitemap) as {
      urlset: { url: { loc: string; lastmod?: string }[] }
    }
    const locs = urlset.url.map((u) => u.loc)
    for (const summary of built.latest) expect(locs).toContain(articleUrl(summary.id))
    for (const { path } of feeds.slice(1))
      expect(locs).toContain(`${ROOT}category/${path.map(encodeURIComponent).join('/')}`)
    expect(locs).toEqual(expect.arrayContaining([`${ROOT}tag/JS`, `${ROOT}archive/2024/03`, ROOT]))
    expect(locs).toHaveLength(built.latest.length + 5 + 1 + 4 + 1)
    const updated = built.latest.find((s) => s.title === '国内 10')!
    expect(urlset.url.find((u) => u.loc === articleUrl(updated.id))?.lastmod).toBe(
      '2024-04-01T12:00:00+08:00',
    )
  })
})
