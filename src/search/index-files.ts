/**
 * The engine's reads of the static index: each file once per engine (a failed read is not
 * remembered: Retry reads it again), validated as it arrives.
 */
import { bundlePaths } from '../bundle/paths'
import type { TermEntry, TermShard } from '../bundle/search-format'
import {
  termShard,
  validateDocPage,
  validateSearchManifest,
  validateTermShard,
} from '../bundle/search-format'

/** Where the engine gets bundle files: the inflated bytes of a path relative to the bundle root. */
export interface SearchSource {
  load(path: string): Promise<Uint8Array>
}

const decoder = new TextDecoder()
/** Doc pages read ahead: the newest 2 × 128 documents hold most queries' first screen. */
const WARM_DOC_PAGES = 2

export function createIndexFiles(source: SearchSource, manifestHash: string) {
  const files = new Map<string, Promise<unknown>>()
  const once = <T>(path: string, read: () => Promise<T>): Promise<T> => {
    let p = files.get(path) as Promise<T> | undefined
    if (!p) {
      p = read()
      p.catch(() => files.delete(path))
      files.set(path, p)
    }
    return p
  }
  const json = <T>(path: string, validate: (v: unknown) => T): Promise<T> =>
    once(path, () => source.load(path).then((bytes) => validate(JSON.parse(decoder.decode(bytes)))))
  const manifest = () => json(bundlePaths.searchManifest(manifestHash), validateSearchManifest)
  // Lists of one query share chunk files (a term in titles and bodies, a prefix's words).
  const loadChunk = (h: string) => {
    const path = bundlePaths.searchChunk(h)
    return once(path, () => source.load(path))
  }
  const shardOf = async (key: string) => {
    const m = await manifest()
    const shard = m.shards[termShard(key, m.shards.length)]
    if (shard === undefined) return undefined
    return (await json<TermShard>(bundlePaths.searchShard(shard), validateTermShard)).terms
  }

  async function entry(key: string): Promise<TermEntry | undefined> {
    const terms = await shardOf(key)
    return terms && Object.hasOwn(terms, key) ? terms[key] : undefined
  }

  /** Every entry whose key starts with `prefix` (words are sharded by their first two characters). */
  async function prefixEntries(prefix: string): Promise<TermEntry[]> {
    const terms = (await shardOf(prefix)) ?? {}
    return Object.keys(terms)
      .filter((k) => k.startsWith(prefix))
      .map((k) => terms[k]!)
  }

  async function docFile(doc: number): Promise<string> {
    const m = await manifest()
    const page = m.docPages[Math.floor(doc / m.docPageSize)]
    if (page === undefined) throw new Error(`doc ${doc} is outside the index`)
    const files = (await json(bundlePaths.searchDocs(page), validateDocPage)).files
    return files[doc % m.docPageSize]!
  }

  /**
   * Reads ahead of the first query (when the search code loads): the manifest, and the doc pages
   * of the newest documents, where newest-first results start (about 1 KB each).
   */
  const warm = async () => {
    const m = await manifest()
    const newest = m.docPages.slice(-WARM_DOC_PAGES)
    await Promise.all(newest.map((page) => json(bundlePaths.searchDocs(page), validateDocPage)))
  }

  return { json, manifest, loadChunk, entry, prefixEntries, docFile, warm }
}
