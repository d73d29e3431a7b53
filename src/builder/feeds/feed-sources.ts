import { join } from 'node:path'
import type {
  Article,
  ArticleSummary,
  CategoryNode,
  CategoryRefShard,
  CategoryTree,
  Entry,
  ListPage,
  ListRef,
} from '../../bundle/format'
import { PAGE_SIZE } from '../../bundle/format'
import { bundlePaths } from '../../bundle/paths'
import { readBundleJson } from '../write/bundle-file'
import { feedItem } from './feed-item'
import type { FeedContent, FeedItem } from './feed-model'

/** A category path as one map key (feeds → sitemap): its names joined by U+001F. */
export const nodeKey = (path: readonly string[]) => path.join('\u001f')

/** A feed to write: the site's (`path` empty) or a category node's, subtree included. */
export interface FeedSource {
  path: string[]
  list: ListRef
}

/**
 * Every category node, children before their parent: a parent's newest articles are mostly its
 * children's, still in the item cache when it comes. Each node's list is in the ref shards, at its
 * depth-first number (src/bundle/category-refs.ts), parents before children.
 */
export async function* categorySources(dataDir: string, entry: Entry): AsyncGenerator<FeedSource> {
  const tree = await readBundleJson<CategoryTree>(join(dataDir, bundlePaths.tree(entry.tree)))
  const lists: ListRef[] = []
  for (const shard of tree.refShards)
    lists.push(
      ...(await readBundleJson<CategoryRefShard>(join(dataDir, bundlePaths.categoryRefs(shard))))
        .lists,
    )
  let order = 0
  function* walk(nodes: CategoryNode[], parent: string[]): Generator<FeedSource> {
    for (const node of nodes) {
      const path = [...parent, node.name]
      const list = lists[order++]
      if (!list) throw new Error(`the tree's ref shards hold no list for ${path.join(' › ')}`)
      yield* walk(node.children, path)
      yield { path, list }
    }
  }
  yield* walk(tree.roots, [])
}

/** The newest `n` summaries of a stored list: its first pages, read from the bundle. */
export async function listHead(
  dataDir: string,
  list: ListRef,
  n: number,
): Promise<ArticleSummary[]> {
  const start = list.start ?? 0
  const count = Math.min(n, list.n)
  const items: ArticleSummary[] = []
  let page = Math.floor(start / PAGE_SIZE) + 1
  let skip = start % PAGE_SIZE
  while (items.length < count) {
    const file = join(dataDir, bundlePaths.listPage(list, page))
    const { items: onPage } = await readBundleJson<ListPage>(file)
    if (onPage.length === 0) break
    items.push(...onPage.slice(skip, skip + count - items.length))
    skip = 0
    page += 1
  }
  return items
}

/**
 * Loads an article as a feed item, at most once while it stays among the last `capacity` used:
 * a post is in the feeds of every node above it, and its HTML is parsed once for all of them.
 * Bounded, so the build never holds more than a few thousand bodies at once.
 */
export function itemLoader(
  dataDir: string,
  options: { siteRoot: string; content: FeedContent },
  capacity = 2048,
): (summary: ArticleSummary) => Promise<FeedItem> {
  const cache = new Map<string, Promise<FeedItem>>()
  return (summary) => {
    const cached = cache.get(summary.f)
    if (cached) {
      // Most recently used last: Map keeps insertion order.
      cache.delete(summary.f)
      cache.set(summary.f, cached)
      return cached
    }
    const file = join(dataDir, bundlePaths.article(summary.f))
    const item = readBundleJson<Article>(file).then((article) =>
      feedItem(article, summary, options),
    )
    cache.set(summary.f, item)
    if (cache.size > capacity) cache.delete(cache.keys().next().value as string)
    return item
  }
}
