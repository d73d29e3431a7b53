import type { Entry, IdShard, ListRef } from './format'

/**
 * Paths of bundle files, relative to the bundle root (`<base>data/`). Every file but the entry is
 * stored gzipped (format 2): the output is about half the size, and the app inflates it.
 */
export const bundlePaths = {
  entry: 'entry.json',
  report: 'build-report.json',
  tree: (h: string) => `tree/${h}.json.gz`,
  categoryRefs: (h: string) => `tree/r-${h}.json.gz`,
  calendar: (h: string) => `calendar/${h}.json.gz`,
  listPage: (list: ListRef | string, page: number) =>
    `lists/${typeof list === 'string' ? list : list.h}-${page}.json.gz`,
  article: (f: string) => `articles/${f}.json.gz`,
  idShard: (h: string) => `ids/${h}.json.gz`,
  aliasIndex: (h: string) => `aliases/index-${h}.json.gz`,
  aliasShard: (h: string) => `aliases/${h}.json.gz`,
  tagIndex: (h: string) => `tags/${h}.json.gz`,
  tagShard: (h: string) => `tags/s-${h}.json.gz`,
  searchManifest: (h: string) => `search/${h}.json.gz`,
  searchDocs: (h: string) => `search/d-${h}.json.gz`,
  searchShard: (h: string) => `search/t-${h}.json.gz`,
  searchChunk: (h: string) => `search/p-${h}.bin.gz`,
}

/** The folder, inside the site's output, that holds the bundle. */
export const BUNDLE_DIR = 'data'

/**
 * The folder, inside the site's output, of the app's own JS and CSS (Vite's `build.assetsDir`).
 * Not `assets/`: Hexo sites keep their pictures there, and the site's files are copied beside.
 */
export const APP_FILES_DIR = '_app'

/** FNV-1a over UTF-16 code units: cheap, stable, and the same in Node and the browser. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Which of `count` shards holds `key`; shards split id and alias lookups so no fetch grows with the corpus. */
export function shardOf(key: string, count: number): number {
  return count <= 1 ? 0 : fnv1a(key) % count
}

/** Shard count for n keys: a power of two giving about 512 keys a shard. */
export function shardCountFor(n: number): number {
  let count = 1
  while (count * 512 < n && count < 4096) count *= 2
  return count
}

/** Pages of a list: at least one, so an empty list still has a page to show. */
export function pageCount(list: ListRef, pageSize: number): number {
  return Math.max(1, Math.ceil(list.n / pageSize))
}

/** Normalizes an old permalink for lookup: no leading or trailing slash, no index.html, decoded. */
export function normalizePermalink(path: string): string {
  let p = path.replace(/[?#].*$/, '')
  try {
    p = decodeURIComponent(p)
  } catch {
    // A malformed escape: look it up as written.
  }
  return p
    .replace(/\/index\.html?$/i, '')
    .replace(/^\/+|\/+$/g, '')
    .normalize('NFC')
}

/** Hash of the id shard that holds `id`; undefined only for a bundle with no shards. */
export const idShardHashOf = (entry: Pick<Entry, 'idShards'>, id: string): string | undefined =>
  entry.idShards[shardOf(id, entry.idShards.length)]

/** The article file an id shard names for `id`: own keys only, so an id such as `constructor` finds nothing. */
export const articleFileIn = (shard: IdShard, id: string): string | null =>
  Object.hasOwn(shard.files, id) ? (shard.files[id] ?? null) : null
