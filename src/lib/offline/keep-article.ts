import type { QueryClient } from '@tanstack/react-query'
import { articleFileIn, bundlePaths, idShardHashOf } from '../../bundle/paths'
import { validateArticle, validateIdShard } from '../../bundle/validate'
import { entryQueryOptions } from '../api/get-entry'
import { bundleUrl } from '../core/bundle-url'
import { fetchJson } from '../core/fetch-json'
import { imageSources, loadImage } from './load-image'
import { SAVED_CACHE } from './saved-cache'

/** The files an article opens from: its id shard and its article file. */
async function urlsOf(qc: QueryClient, id: string) {
  const entry = await qc.ensureQueryData(entryQueryOptions())
  const hash = idShardHashOf(entry, id)
  if (!hash) return undefined
  const shardUrl = bundleUrl(bundlePaths.idShard(hash))
  const file = articleFileIn(await fetchJson(shardUrl, validateIdShard), id)
  return file ? { shardUrl, articleUrl: bundleUrl(bundlePaths.article(file)) } : undefined
}

/** Those files, and the article itself. */
async function filesOf(qc: QueryClient, id: string) {
  const urls = await urlsOf(qc, id)
  return urls && { ...urls, article: await fetchJson(urls.articleUrl, validateArticle) }
}

/** False only when the article's file is known to be missing from the saved articles' cache. */
export async function isKept(qc: QueryClient, id: string): Promise<boolean> {
  if (typeof caches === 'undefined') return true
  try {
    const urls = await urlsOf(qc, id)
    if (!urls) return true
    return (await (await caches.open(SAVED_CACHE)).match(urls.articleUrl)) !== undefined
  } catch {
    return true
  }
}

/**
 * Keeps a saved article for offline reading: its files and images go into their own cache, which
 * no expiry touches. Resolves false where there is no Cache API or the article cannot be fetched.
 */
export async function keepArticle(qc: QueryClient, id: string, thumbnail?: string) {
  if (typeof caches === 'undefined') return false
  try {
    const files = await filesOf(qc, id)
    if (!files) return false
    const cache = await caches.open(SAVED_CACHE)
    await cache.addAll([files.shardUrl, files.articleUrl])
    // Images load as the article page loads them (an <img>: the CSP allows no fetch() to their
    // hosts), through the worker's image cache, and are then copied into this one. A missing image
    // leaves the article's fallback box, not an unreadable article.
    await Promise.all(
      imageSources(files.article, thumbnail).map(async (src) => {
        if (!(await loadImage(src))) return
        const kept = await caches.match(src)
        if (kept) await cache.put(src, kept)
      }),
    )
    return true
  } catch {
    return false
  }
}

/** Lets an unsaved article's file and images go (the id shard stays: other saved articles share it). */
export async function releaseArticle(qc: QueryClient, id: string, thumbnail?: string) {
  if (typeof caches === 'undefined') return
  try {
    const files = await filesOf(qc, id)
    if (!files) return
    const cache = await caches.open(SAVED_CACHE)
    const urls = [files.articleUrl, ...imageSources(files.article, thumbnail)]
    await Promise.all(urls.map((url) => cache.delete(url)))
  } catch {
    // Offline, or the files are gone: what stays in the cache is harmless.
  }
}
