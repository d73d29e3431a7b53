// @vitest-environment jsdom
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
// The published JSON Feed 1.1 schema (npm jsonfeed-schema), its uri and date-time formats checked too.
import SCHEMA from 'jsonfeed-schema/schema-v1.1.json' with { type: 'json' }
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { feedFile } from '../../../bundle/feed-paths'
import { SANITIZE_POLICY } from '../../../sanitize/policy'
import { findForbidden } from '../../../../test-support/hostile/find-forbidden'
import { VECTORS } from '../../../../test-support/hostile/vectors'
import type { FeedSite } from './feed-site'
import { buildFeedSite, post } from './feed-site'
import { markupOf, parseBody as parse } from '../../../../test-support/markup-of'

const LIGHT = VECTORS.filter((v) => !v.heavy)
const CHECK = { tags: SANITIZE_POLICY.allowedTags, iframeHosts: SANITIZE_POLICY.iframeHosts }
const validateJsonFeed = addFormats(new Ajv({ strict: false })).compile(SCHEMA)
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'item'].includes(name),
})

interface Raw {
  feed?: { entry: { content?: { '#text': string }; summary?: { '#text': string } }[] }
  rss?: { channel: { item: { description: string }[] } }
}
interface Json {
  items: { content_html?: string; content_text?: string; summary?: string }[]
}

/** What a feed reader gets as each item's HTML, in all three formats. */
async function contents(site: string, path: string[]): Promise<string[]> {
  const read = (format: 'atom' | 'rss' | 'json') =>
    readFile(join(site, feedFile(path, format)), 'utf8')
  const atom = await read('atom')
  const rss = await read('rss')
  expect(XMLValidator.validate(atom)).toBe(true)
  expect(XMLValidator.validate(rss)).toBe(true)
  const json = JSON.parse(await read('json')) as Json
  expect(validateJsonFeed(json), JSON.stringify(validateJsonFeed.errors)).toBe(true)
  return [
    ...((xml.parse(atom) as Raw).feed?.entry ?? []).map((e) => e.content?.['#text'] ?? ''),
    ...((xml.parse(rss) as Raw).rss?.channel.item ?? []).map((i) => i.description),
    ...json.items.map((i) => i.content_html ?? ''),
  ]
}

describe('a hostile post is as safe in the feeds as in the app', () => {
  let built: FeedSite
  beforeAll(async () => {
    // The heavy ones (megabytes, thousands of levels) are past what jsdom parses in time; the
    // app's check of them runs in Chromium (e2e/security.spec.ts).
    const posts = Object.fromEntries(
      LIGHT.map((v, i) => [
        `hostile/${String(i).padStart(3, '0')}.md`,
        post(
          { title: `Hostile ${i}`, date: '2024-01-01 10:00:00', categories: ['Hostile'] },
          v.html,
        ),
      ]),
    )
    built = await buildFeedSite(posts, {
      siteRoot: 'https://example.com/',
      feedItems: LIGHT.length,
      feedContent: 'full',
      timezone: 'UTC',
    })
  }, 120_000)
  afterAll(() => rm(built.root, { recursive: true, force: true }))

  it('no script, handler, javascript: URL or foreign element in any item of any format', async () => {
    const items = await contents(built.site, ['Hostile'])
    // Every post the builder accepted (over-size ones are rejected), three times.
    expect(items.length).toBe(built.latest.length * 3)
    expect(built.latest.length).toBeGreaterThan(LIGHT.length - 5)
    for (const html of items) {
      const body = parse(html)
      expect(findForbidden(body, CHECK)).toEqual([])
      expect(markupOf(body)).not.toMatch(/<script|javascript:|\son[a-z]+=/i)
    }
  })
})

describe('--feed-content excerpt', () => {
  let built: FeedSite
  beforeAll(async () => {
    const posts = {
      'a.md': post(
        {
          title: 'A',
          date: '2024-05-01 08:00:00',
          categories: ['News'],
          excerpt: 'R&D "labs" & more',
        },
        '<p>The whole article, which excerpt feeds leave out.</p>',
      ),
    }
    built = await buildFeedSite(posts, {
      siteRoot: 'https://example.com/',
      feedItems: 20,
      feedContent: 'excerpt',
      timezone: 'UTC',
    })
  }, 60_000)
  afterAll(() => rm(built.root, { recursive: true, force: true }))

  it('carries the excerpt, as text, in place of the article', async () => {
    const atom = await readFile(join(built.site, 'feed.atom'), 'utf8')
    const rss = await readFile(join(built.site, 'feed.xml'), 'utf8')
    const json = JSON.parse(await readFile(join(built.site, 'feed.json'), 'utf8')) as Json
    for (const text of [atom, rss, JSON.stringify(json)])
      expect(text).not.toContain('whole article')
    const entry = (xml.parse(atom) as Raw).feed!.entry[0]!
    expect(entry.content).toBeUndefined()
    expect(entry.summary?.['#text']).toBe('R&D "labs" & more')
    // RSS readers read a description as HTML: the text is escaped once, as HTML.
    expect((xml.parse(rss) as Raw).rss!.channel.item[0]!.description).toBe(
      '<p>R&amp;D "labs" &amp; more</p>',
    )
    expect(json.items[0]).toMatchObject({
      content_text: 'R&D "labs" & more',
      summary: 'R&D "labs" & more',
    })
    expect(json.items[0]).not.toHaveProperty('content_html')
    expect(validateJsonFeed(json)).toBe(true)
  })
})
