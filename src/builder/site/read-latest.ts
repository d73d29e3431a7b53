import { join } from 'node:path'
import type { ArticleSummary, Entry, ListPage } from '../../bundle/format'
import { PAGE_SIZE } from '../../bundle/format'
import { BUNDLE_DIR, bundlePaths, pageCount } from '../../bundle/paths'
import { readBundleJson } from '../write/bundle-file'

/**
 * Every summary of the latest list (all articles, newest first), read back from the bundle in
 * a site folder: once, for the share pages, the feeds and the sitemap.
 */
export async function readLatest(siteDir: string, entry: Entry): Promise<ArticleSummary[]> {
  const pages = entry.counts.articles === 0 ? 0 : pageCount(entry.latest, PAGE_SIZE)
  const items: ArticleSummary[] = []
  for (let page = 1; page <= pages; page++) {
    const file = join(siteDir, BUNDLE_DIR, bundlePaths.listPage(entry.latest, page))
    const list = await readBundleJson<ListPage>(file)
    items.push(...list.items)
  }
  return items
}
