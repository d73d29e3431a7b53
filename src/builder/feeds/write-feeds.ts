import { join } from 'node:path'
import pMap from 'p-map'
import type { FeedFormat } from '../../bundle/feed-paths'
import { FEED_FORMATS, feedFile, feedFolder, feedHref, feedPageHref } from '../../bundle/feed-paths'
import type { ArticleSummary, Entry, SiteInfo } from '../../bundle/format'
import { BUNDLE_DIR } from '../../bundle/paths'
import type { Kept } from '../write/keep-unchanged'
import { writeOrKeep } from '../write/keep-unchanged'
import type { FeedSource } from './feed-sources'
import { nodeKey, categorySources, itemLoader, listHead } from './feed-sources'
import type { FeedContent, FeedDoc, FeedItem } from './feed-model'
import { renderAtom } from './render-atom'
import { renderJsonFeed } from './render-json-feed'
import { renderRss } from './render-rss'

export interface FeedSettings {
  /** Absolute URL of the site's root, base included, ending in `/`. */
  siteRoot: string
  /** Articles per feed, newest first. */
  items: number
  content: FeedContent
}

export interface FeedsResult {
  /** Feed files in the site: three per feed. */
  files: number
  /** Of those, the previous site's own files, unchanged (see writeOrKeep). */
  kept: number
  /** Category path (names joined by U+001F) → ISO date of its newest article: the sitemap's lastmod. */
  newest: Map<string, string>
  warnings: string[]
}

const RENDER: Record<FeedFormat, (feed: FeedDoc) => string> = {
  atom: renderAtom,
  rss: renderRss,
  json: renderJsonFeed,
}

/** Feeds are small, and each waits on its articles: a few at once keep the disk and CPU busy. */
const CONCURRENCY = 4

/**
 * Writes the site's feeds and every category node's (its subtree included), each in Atom, RSS
 * and JSON Feed, with the newest `settings.items` articles read back from the bundle in
 * `siteDir`. The site's are `newest`, already read; a node's come from its list's first pages.
 */
export async function writeFeeds(
  siteDir: string,
  entry: Entry,
  newest: readonly ArticleSummary[],
  settings: FeedSettings,
  previousDir?: string,
): Promise<FeedsResult> {
  const result: FeedsResult = { files: 0, kept: 0, newest: new Map(), warnings: [] }
  if (newest.length === 0) return result
  const dataDir = join(siteDir, BUNDLE_DIR)
  const load = itemLoader(dataDir, settings)
  const folders = new Map<string, string>()
  const count = (outcome: Kept) => {
    result.files += 1
    if (outcome === 'kept') result.kept += 1
  }

  const writeFeed = async (path: string[], head: readonly ArticleSummary[]) => {
    if (head.length === 0) return
    const label = path.length === 0 ? 'the site' : path.join(' › ')
    const folder = feedFolder(path).join('/')
    const first = folders.get(folder)
    if (first !== undefined) {
      result.warnings.push(`feeds of ${label}: same folder (${folder}) as ${first}'s; not written`)
      return
    }
    folders.set(folder, label)
    result.newest.set(nodeKey(path), head[0]!.date)
    const items = await Promise.all(head.map(load))
    const feed = feedDoc(path, items, entry.site, settings)
    for (const format of FEED_FORMATS) {
      const name = feedFile(path, format)
      count(await writeOrKeep(siteDir, name, RENDER[format](feed), previousDir))
    }
  }

  await pMap(
    categorySources(dataDir, entry),
    async ({ path, list }: FeedSource) =>
      writeFeed(path, await listHead(dataDir, list, settings.items)),
    { concurrency: CONCURRENCY },
  )
  await writeFeed([], newest.slice(0, settings.items))
  return result
}

function feedDoc(
  path: string[],
  items: FeedItem[],
  site: SiteInfo,
  settings: FeedSettings,
): FeedDoc {
  const url = (href: string) => new URL(href, settings.siteRoot).href
  const where = path.join(' › ')
  return {
    title: path.length === 0 ? site.title : `${where} · ${site.title}`,
    description: path.length === 0 ? (site.description ?? site.title) : `${site.title}: ${where}`,
    language: site.language,
    timezone: site.timezone,
    pageUrl: url(feedPageHref(path)),
    selfUrls: {
      atom: url(feedHref(path, 'atom')),
      rss: url(feedHref(path, 'rss')),
      json: url(feedHref(path, 'json')),
    },
    author: site.title,
    updated: items.reduce((newest, item) => (item.updated > newest ? item.updated : newest), ''),
    items,
  }
}
