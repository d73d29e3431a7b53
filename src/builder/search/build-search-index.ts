/**
 * Inverts the posts' packed terms (made by the workers) into the search index: posting lists in
 * doc order, oldest first, as chunk files; the term dictionary in shards; the doc table in pages;
 * and a manifest naming them all (docs/bundle-format.md, "Search").
 */
import pMap from 'p-map'
import type { CategoryPath } from '../../bundle/format'
import { FORMAT_VERSION } from '../../bundle/format'
import { bundlePaths } from '../../bundle/paths'
import type {
  ChunkRef,
  DocPage,
  SearchManifest,
  TermEntry,
  TermShard,
} from '../../bundle/search-format'
import {
  DOC_PAGE_SIZE,
  TITLE_MARK,
  categoryKey,
  encodeBase64,
  termShard,
} from '../../bundle/search-format'
import { contentHash } from '../write/hash'
import { writeImmutable } from '../write/write-files'
import type { PackedTerms } from './pack-document'
import { PostingBuilder } from './posting-builder'

export interface SearchDoc {
  /** Hash of the article file. */
  f: string
  categories: CategoryPath[]
  terms?: PackedTerms
}

/** Lists this short sit in the dictionary itself: a file each would cost more than their bytes. */
export const INLINE_BYTES = 256
/** Shards aim at about this much JSON each: one or two small fetches per query term. */
const SHARD_BYTES = 8192

/** Term → postings, keyed by number for CJK characters and pairs (cheap to look up), by string for the rest. */
class Inverter {
  cjk = [new Map<number, PostingBuilder>(), new Map<number, PostingBuilder>()]
  named = new Map<string, PostingBuilder>()

  builder<K>(map: Map<K, PostingBuilder>, key: K): PostingBuilder {
    let b = map.get(key)
    if (!b) map.set(key, (b = new PostingBuilder()))
    return b
  }

  addPacked(packed: string, doc: number, title: boolean) {
    const map = this.cjk[title ? 1 : 0]!
    const nl = packed.indexOf('\n')
    const nl2 = packed.indexOf('\n', nl + 1)
    for (let i = 0; i < nl; i++) this.builder(map, packed.charCodeAt(i)).add(doc)
    for (let i = nl + 1; i + 1 < nl2; i += 2)
      this.builder(map, packed.charCodeAt(i) * 0x10000 + packed.charCodeAt(i + 1)).add(doc)
    if (nl2 + 1 < packed.length)
      for (const word of packed.slice(nl2 + 1).split(' '))
        this.builder(this.named, title ? TITLE_MARK + word : word).add(doc)
  }

  /** Every term with its key, CJK keys turned back into their characters. */
  *terms(): Generator<[string, PostingBuilder]> {
    for (const [index, map] of this.cjk.entries()) {
      const mark = index === 1 ? TITLE_MARK : ''
      for (const [key, b] of map) {
        const chars =
          key < 0x10000
            ? String.fromCharCode(key)
            : String.fromCharCode(Math.floor(key / 0x10000), key % 0x10000)
        yield [mark + chars, b]
      }
    }
    yield* this.named
  }
}

/** Writes the index's files (those not already there) and returns the manifest's hash and every file. */
export async function writeSearchIndex(
  outDir: string,
  docs: SearchDoc[],
  known: ReadonlySet<string>,
): Promise<{ manifest: string; files: string[]; written: number }> {
  const inverter = new Inverter()
  docs.forEach((doc, n) => {
    if (doc.terms) {
      inverter.addPacked(doc.terms.body, n, false)
      inverter.addPacked(doc.terms.title, n, true)
      // Once inverted, a document's terms are not needed here (the caller may still hold them).
      doc.terms = undefined
    }
    const nodes = new Set<string>()
    for (const path of doc.categories)
      for (let depth = 1; depth <= path.length; depth++)
        nodes.add(categoryKey(path.slice(0, depth)))
    for (const key of nodes) inverter.builder(inverter.named, key).add(n)
  })

  const files: string[] = []
  let written = 0
  const pending: { name: string; data: string | Uint8Array }[] = []
  const put = (path: (h: string) => string, data: string | Uint8Array) => {
    const h = contentHash(data)
    files.push(path(h))
    if (!known.has(path(h))) pending.push({ name: path(h), data })
    return h
  }

  const entries: [string, TermEntry][] = []
  let dictBytes = 0
  for (const [key, b] of inverter.terms()) {
    const chunks = b.finish()
    let postings: TermEntry[1]
    if (b.length <= INLINE_BYTES) postings = encodeBase64(b.bytes.subarray(0, b.length))
    else
      postings = chunks.map((c): ChunkRef => {
        const h = put(bundlePaths.searchChunk, b.bytes.subarray(c.start, c.end))
        return [h, c.first, c.last, c.count]
      })
    entries.push([key, [b.count, postings]])
    dictBytes +=
      key.length + 16 + (typeof postings === 'string' ? postings.length : postings.length * 40)
  }

  let shardCount = 1
  while (shardCount * SHARD_BYTES < dictBytes && shardCount < 4096) shardCount *= 2
  const shards: Record<string, TermEntry>[] = Array.from({ length: shardCount }, () => ({}))
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  for (const [key, entry] of entries) shards[termShard(key, shardCount)]![key] = entry
  const shardHashes = shards.map((terms) =>
    put(
      bundlePaths.searchShard,
      JSON.stringify({ format: FORMAT_VERSION, terms } satisfies TermShard),
    ),
  )

  const docPages: string[] = []
  for (let start = 0; start < docs.length || start === 0; start += DOC_PAGE_SIZE) {
    const page: DocPage = {
      format: FORMAT_VERSION,
      files: docs.slice(start, start + DOC_PAGE_SIZE).map((d) => d.f),
    }
    docPages.push(put(bundlePaths.searchDocs, JSON.stringify(page)))
  }
  const manifest: SearchManifest = {
    format: FORMAT_VERSION,
    docs: docs.length,
    docPageSize: DOC_PAGE_SIZE,
    docPages,
    shards: shardHashes,
  }
  const manifestHash = put(bundlePaths.searchManifest, JSON.stringify(manifest))

  // Creating files is the slow part on most disks: keep several in flight.
  await pMap(
    pending,
    async ({ name, data }) => {
      if (await writeImmutable(outDir, name, data, known)) written += 1
    },
    { concurrency: 16 },
  )
  return { manifest: manifestHash, files, written }
}
