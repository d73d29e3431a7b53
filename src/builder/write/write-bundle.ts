import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import pMap from 'p-map'
import type { BuildReport, Entry, ListPage, SiteInfo } from '../../bundle/format'
import { FORMAT_VERSION, PAGE_SIZE } from '../../bundle/format'
import { bundlePaths, shardCountFor, shardOf } from '../../bundle/paths'
import { contentHash } from './hash'
import type { Indexes } from './build-indexes'
import { writeTree } from './write-tree'
import { MANIFEST, linkImmutable, removeFile, writeAtomic, writeImmutable } from './write-files'

export interface BundleData {
  site: SiteInfo
  indexes: Indexes
  /** id → article file hash */
  files: Map<string, string>
  /** old permalink → id */
  aliases: Map<string, string>
  report: Omit<BuildReport, 'buildId'>
  /** Where build-report.json goes: the output folder the user named. */
  reportPath: string
  /** The search index, already written: its manifest's hash and all its files. */
  search: { manifest: string; files: string[] }
}

/**
 * Writes every immutable file first and the entry last, by rename: a build killed at any
 * moment leaves the previous entry pointing at files that are all still there.
 */
export async function writeBundle(
  outDir: string,
  data: BundleData,
  known: ReadonlySet<string>,
  /** List page name → hash of its bytes, from the last build; updated to this one's. */
  pages?: Map<string, string>,
): Promise<{ entry: Entry; written: number; linked: number; files: string[] }> {
  const names = new Set<string>()
  let written = 0
  let linked = 0
  const reusable = new Map<string, string>()
  if (pages) for (const [name, hash] of pages) if (known.has(name)) reusable.set(hash, name)
  const nextPages = new Map<string, string>()
  // A list page's name already hashes its content: a known one is not even serialized.
  const put = async (name: string, value: () => unknown) => {
    names.add(name)
    if (known.has(name)) {
      const hash = pages?.get(name)
      if (hash) nextPages.set(name, hash)
      return
    }
    const json = JSON.stringify(value())
    const hash = pages ? contentHash(json) : undefined
    if (hash) nextPages.set(name, hash)
    const old = hash ? reusable.get(hash) : undefined
    if (old && (await linkImmutable(outDir, old, name))) linked += 1
    else if (await writeImmutable(outDir, name, json, known)) written += 1
  }
  const hashed = async (path: (h: string) => string, value: unknown) => {
    const json = JSON.stringify(value)
    const h = contentHash(json)
    names.add(path(h))
    if (await writeImmutable(outDir, path(h), json, known)) written += 1
    return h
  }

  // Creating files is the slow part on most disks: keep several in flight.
  await pMap(listPages(data.indexes.stored), ({ name, body }) => put(name, body), {
    concurrency: 16,
  })
  if (pages) {
    pages.clear()
    for (const [name, hash] of nextPages) pages.set(name, hash)
  }
  const tree = await writeTree(data.indexes.roots, data.indexes.categoryLists, hashed)
  const calendar = await hashed(bundlePaths.calendar, data.indexes.calendar)
  const idShards = await writeShards(data.files, (files) =>
    hashed(bundlePaths.idShard, { format: FORMAT_VERSION, files }),
  )
  // The shards' hashes live in a file of their own: only an unknown path needs them, not every load.
  const aliasShards = await writeShards(data.aliases, (ids) =>
    hashed(bundlePaths.aliasShard, { format: FORMAT_VERSION, ids }),
  )
  const aliases = await hashed(bundlePaths.aliasIndex, {
    format: FORMAT_VERSION,
    shards: aliasShards,
  })
  const { index: tagIndex, lists: tagLists } = data.indexes.tags
  const tags = await hashed(bundlePaths.tagIndex, { format: FORMAT_VERSION, tags: tagIndex })
  const tagShards = await writeShards(tagLists, (lists) =>
    hashed(bundlePaths.tagShard, { format: FORMAT_VERSION, lists }),
  )
  for (const f of data.files.values()) names.add(bundlePaths.article(f))
  for (const name of data.search.files) names.add(name)

  const fingerprint = {
    site: data.site,
    latest: data.indexes.latest,
    tree,
    calendar,
    idShards,
    aliases,
    search: data.search.manifest,
    tags,
    tagShards,
  }
  const entry: Entry = {
    format: FORMAT_VERSION,
    buildId: contentHash(JSON.stringify(fingerprint)),
    site: data.site,
    counts: {
      articles: data.indexes.latest.n,
      categories: data.indexes.categoryCount,
      days: data.indexes.dayCount,
      tags: tagIndex.length,
    },
    pageSize: PAGE_SIZE,
    latest: data.indexes.latest,
    tree,
    calendar,
    idShards,
    aliases,
    search: data.search.manifest,
    tags,
    tagShards,
  }
  await writeAtomic(join(outDir, bundlePaths.entry), JSON.stringify(entry))
  await writeAtomic(join(outDir, MANIFEST), JSON.stringify([...names]))
  await writeAtomic(
    data.reportPath,
    JSON.stringify({ ...data.report, buildId: entry.buildId }, null, 1),
  )
  await removeStale(outDir, new Set([...names, ...known]))
  return { entry, written, linked, files: [...names] }
}

/** Every page of every list, made lazily: a page's items are sliced only when it is written. */
function* listPages(lists: Indexes['stored']) {
  for (const list of uniqueLists(lists)) {
    const pages = Math.max(1, Math.ceil(list.items.length / PAGE_SIZE))
    for (let page = 1; page <= pages; page++) {
      const body = (): ListPage => ({
        format: FORMAT_VERSION,
        page,
        pages,
        total: list.items.length,
        items: list.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      })
      yield { name: bundlePaths.listPage(list.h, page), body }
    }
  }
}

function uniqueLists(lists: Indexes['stored']) {
  const seen = new Map<string, Indexes['stored'][number]>()
  for (const list of lists) seen.set(list.h, list)
  return seen.values()
}

async function writeShards<T>(
  map: Map<string, T>,
  write: (shard: Record<string, T>) => Promise<string>,
) {
  const count = shardCountFor(map.size)
  // No prototype, so a key such as `__proto__` stays a key; assigning is 5× faster than
  // defining each of 200,000 keys.
  const shards = Array.from({ length: count }, () => Object.create(null) as Record<string, T>)
  for (const [key, value] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shard = shards[shardOf(key, count)] as Record<string, T>
    shard[key] = value
  }
  const hashes: string[] = []
  for (const shard of shards) hashes.push(await write(shard))
  return hashes
}

/** Keeps this build's and the previous build's files, so a page open on the old build still works. */
async function removeStale(outDir: string, keep: Set<string>): Promise<void> {
  const folders = ['articles', 'lists', 'tree', 'calendar', 'ids', 'aliases', 'search', 'tags']
  const stale: string[] = []
  for (const folder of folders) {
    let names: string[]
    try {
      names = await readdir(join(outDir, folder))
    } catch {
      continue
    }
    for (const name of names) if (!keep.has(`${folder}/${name}`)) stale.push(`${folder}/${name}`)
  }
  // Several at once: after a one-post edit, the pages two builds old are hundreds of files.
  await pMap(stale, (name) => removeFile(join(outDir, name)), { concurrency: 16 })
}
