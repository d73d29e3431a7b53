import { join } from 'node:path'
import type { Calendar, CategoryNode, CategoryTree, Entry, TagIndex } from '../../bundle/format'
import { pagePaths } from '../../bundle/page-paths'
import { BUNDLE_DIR, bundlePaths } from '../../bundle/paths'
import { calendarWindows } from '../../bundle/calendar-windows'
import { readBundleJson } from '../write/bundle-file'
import { writeOrKeep } from '../write/keep-unchanged'
import type { SitemapUrl } from './render-sitemaps'
import { renderSitemaps, SITEMAP_INDEX } from './render-sitemaps'
import { nodeKey } from '../feeds/feed-sources'

export interface SitemapInput {
  /** Absolute URL of the site's root, base included, ending in `/`. */
  siteRoot: string
  /** Every article's id and date, newest first (as the latest list). */
  articles: readonly { id: string; date: string }[]
  /** Article id → its `updated`, where later than its date. */
  modified?: ReadonlyMap<string, string>
  /** Category key (names joined by U+001F) → its newest article's date, where known. */
  newest?: ReadonlyMap<string, string>
}

export interface SitemapsResult {
  /** URLs listed, and the sitemaps holding them (the index not counted). */
  urls: number
  sitemaps: number
  /** Of the files (index included), the previous site's own, unchanged. */
  kept: number
}

/**
 * Every page a crawler should know, oldest articles first: as the archive grows, only the last
 * sitemaps change (and keep their files otherwise). Then archive months, category pages, tag
 * pages and the home page.
 */
async function* siteUrls(dataDir: string, entry: Entry, input: SitemapInput) {
  const url = (path: string, lastmod?: string): SitemapUrl => ({
    loc: new URL(path, input.siteRoot).href,
    ...(lastmod ? { lastmod } : {}),
  })
  const latest = input.articles
  for (let i = latest.length - 1; i >= 0; i--) {
    const { id, date } = latest[i]!
    yield url(pagePaths.article(id), input.modified?.get(id) ?? date)
  }
  const calendar = await readBundleJson<Calendar>(
    join(dataDir, bundlePaths.calendar(entry.calendar)),
  )
  for (const year of calendarWindows(calendar).years)
    for (const month of year.months)
      yield url(pagePaths.archive(year.y, month.m), latest[month.list.start ?? 0]?.date)
  const tree = await readBundleJson<CategoryTree>(join(dataDir, bundlePaths.tree(entry.tree)))
  function* categories(nodes: CategoryNode[], parent: string[]): Generator<SitemapUrl> {
    for (const node of nodes) {
      const path = [...parent, node.name]
      yield url(pagePaths.category(path), input.newest?.get(nodeKey(path)))
      yield* categories(node.children, path)
    }
  }
  yield* categories(tree.roots, [])
  if (entry.tags) {
    const index = await readBundleJson<TagIndex>(join(dataDir, bundlePaths.tagIndex(entry.tags)))
    for (const [key] of index.tags) yield url(pagePaths.tag(key))
  }
  yield url('', latest[0]?.date)
}

/** Writes `sitemap.xml` (the index) and `sitemap-1.xml`, … into the site folder. */
export async function writeSitemaps(
  siteDir: string,
  entry: Entry,
  input: SitemapInput,
  previousDir?: string,
): Promise<SitemapsResult> {
  const dataDir = join(siteDir, BUNDLE_DIR)
  // Gathered first: the generator renders as it goes, and reading the bundle is async.
  const urls: SitemapUrl[] = []
  for await (const u of siteUrls(dataDir, entry, input)) urls.push(u)
  const result: SitemapsResult = { urls: urls.length, sitemaps: 0, kept: 0 }
  for (const { name, xml } of renderSitemaps(urls, input.siteRoot, entry.site.timezone)) {
    if ((await writeOrKeep(siteDir, name, xml, previousDir)) === 'kept') result.kept += 1
    if (name !== SITEMAP_INDEX) result.sitemaps += 1
  }
  return result
}
