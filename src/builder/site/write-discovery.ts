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
  latest: readonly ArticleSummary[],
  options: DiscoveryOptions,
): Promise<DiscoveryReport> {
  const { siteRoot, previousDir } = options
  const feeds = await writeFeeds(
    siteDir,
    entry,
    latest,
    { siteRoot, items: options.feedItems, content: options.feedContent },
    previousDir,
  )
  const sitemaps = await writeSitemaps(
    siteDir,
    entry,
    { siteRoot, latest, modified: options.modified, newest: feeds.newest },
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
