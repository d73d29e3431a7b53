import type { ArticleSummary, DiscoveryReport, Entry } from '../../bundle/format'
import { FEED_FORMATS } from '../../bundle/feed-paths'
import type { FeedContent } from '../feeds/feed-model'
import { writeFeeds } from '../feeds/write-feeds'
import { writeRobots } from '../sitemap/write-robots'
import { writeSitemaps } from '../sitemap/write-sitemaps'

export interface DiscoveryOptions {
  /** Absolute URL of the site's root, base included, ending in `/`. */
  siteRoot: string
  feedItems: number
  feedContent: FeedContent
  /** Article id → its `updated`, where later than its date. */
  modified?: ReadonlyMap<string, string>
  /** The site folder being replaced, whose unchanged files are kept (see writeOrKeep). */
  previousDir?: string
}

/**
 * What feeds and sitemaps need of the latest list: its newest summaries, and every article's id
 * and date, newest first. Not the whole list, which a site build would otherwise hold through
 * its most memory-hungry steps (100,000 summaries with their excerpts and categories).
 */
export interface LatestDigest {
  head: ArticleSummary[]
  dated: { id: string; date: string }[]
}

export const digestLatest = (latest: readonly ArticleSummary[], n: number): LatestDigest => ({
  head: latest.slice(0, n),
  dated: latest.map(({ id, date }) => ({ id, date })),
})

/** Without a site URL: nothing is written, and the report says why. */
export const NO_SITE_URL: DiscoveryReport = {
  skipped: 'no site URL (--site-url, or _config.yml url): feeds and sitemaps need absolute URLs',
  feeds: 0,
  sitemapUrls: 0,
  sitemaps: 0,
  robots: 'none',
  unchanged: 0,
  warnings: [],
}

/**
 * The feeds (the site's and every category node's) and the sitemaps, read back from the bundle
 * in `siteDir`. robots.txt comes later (`withRobots`), after the site's own files.
 */
export async function writeFeedsAndSitemaps(
  siteDir: string,
  entry: Entry,
  latest: LatestDigest,
  options: DiscoveryOptions,
): Promise<DiscoveryReport> {
  const { siteRoot, previousDir } = options
  const feeds = await writeFeeds(
    siteDir,
    entry,
    latest.head,
    { siteRoot, items: options.feedItems, content: options.feedContent },
    previousDir,
  )
  const sitemaps = await writeSitemaps(
    siteDir,
    entry,
    { siteRoot, articles: latest.dated, modified: options.modified, newest: feeds.newest },
    previousDir,
  )
  return {
    feeds: feeds.files / FEED_FORMATS.length,
    sitemapUrls: sitemaps.urls,
    sitemaps: sitemaps.sitemaps,
    robots: 'none',
    unchanged: feeds.kept + sitemaps.kept,
    warnings: feeds.warnings,
  }
}

/** robots.txt naming the sitemap, unless the site has its own (or is not at its host's root). */
export async function withRobots(
  siteDir: string,
  report: DiscoveryReport,
  options: DiscoveryOptions,
): Promise<DiscoveryReport> {
  const outcome = await writeRobots(siteDir, options.siteRoot, options.previousDir)
  return {
    ...report,
    robots: outcome === 'kept' ? 'written' : outcome,
    unchanged: report.unchanged + (outcome === 'kept' ? 1 : 0),
  }
}
