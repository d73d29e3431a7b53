import type { QueryClient } from '@tanstack/react-query'
import type { ArticleSummary, Entry, ListRef } from '../../bundle/format'
import { bundlePaths, idShardHashOf, pageCount } from '../../bundle/paths'
import { validateArticle, validateIdShard } from '../../bundle/validate'
import { entryQueryOptions } from '../api/get-entry'
import { getListPage } from '../api/get-list-page'
import { bundleUrl } from '../core/bundle-url'
import { fetchJson } from '../core/fetch-json'
import { imageSources, loadImage, settleInCache } from './load-image'

export interface SaveProgress {
  done: number
  total: number
  failed: number
}

/** Articles fetched at once: enough to keep the connection busy, few enough not to starve the page. */
const CONCURRENCY = 4

/**
 * Fetches every page of a list, the id shards and articles it names, and their images. Each
 * request passes through the service worker, whose runtime caches keep it for offline reading.
 */
export async function saveList(
  qc: QueryClient,
  list: ListRef,
  onProgress: (progress: SaveProgress) => void,
): Promise<SaveProgress> {
  const entry = await qc.ensureQueryData(entryQueryOptions())
  const pages = pageCount(list, entry.pageSize)
  // Straight to the files, not the query cache: a page held in memory may be missing from the worker's.
  const lists = await Promise.all(Array.from({ length: pages }, (_, i) => getListPage(list, i + 1)))
  const items = lists.flatMap((p) => p.items)
  const progress: SaveProgress = { done: 0, total: items.length, failed: 0 }
  onProgress({ ...progress })
  // An article opens by id, so the shards that map its id to its file must be there too.
  await Promise.all(
    [...shardsFor(entry, items)].map((h) =>
      fetchJson(bundleUrl(bundlePaths.idShard(h)), validateIdShard),
    ),
  )
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      if (!item) break
      try {
        await saveArticle(item)
      } catch {
        progress.failed++
      }
      progress.done++
      onProgress({ ...progress })
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker))
  return progress
}

function shardsFor(entry: Entry, items: ArticleSummary[]): Set<string> {
  const hashes = new Set<string>()
  for (const { id } of items) {
    const hash = idShardHashOf(entry, id)
    if (hash) hashes.add(hash)
  }
  return hashes
}

async function saveArticle(item: ArticleSummary): Promise<void> {
  const url = bundleUrl(bundlePaths.article(item.f))
  const article = await fetchJson(url, validateArticle)
  await settleInCache(url)
  const sources = imageSources(article, item.thumbnail)
  // A missing image leaves a fallback box, not an unreadable article: it does not fail the save.
  await Promise.all(sources.map(loadImage))
}
