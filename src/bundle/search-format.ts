/**
 * The search index's part of the bundle contract (docs/bundle-format.md, "Search"). Documents are
 * numbered oldest first, so that publishing new posts appends to the index instead of renumbering
 * it: every chunk but a list's last keeps its bytes and its name. Readers walk the lists from the
 * end, newest first. Doc number `d` is index `docs - 1 - d` of the latest list.
 */
import { fnv1a } from './paths'
import { isObject, validator } from './validate'

/** Article file hashes per doc page: a result page fetches only the pages of its documents. */
export const DOC_PAGE_SIZE = 128

/** `search/<h>.json.gz`, named by `entry.search`. */
export interface SearchManifest {
  format: number
  /** Number of documents: the latest list's length. */
  docs: number
  docPageSize: number
  /** Hashes of `search/d-<h>.json.gz`; page p holds docs [p * docPageSize, (p + 1) * docPageSize). */
  docPages: string[]
  /** Hashes of `search/t-<h>.json.gz`, indexed by termShard(key, shards.length). */
  shards: string[]
}

/** `search/d-<h>.json.gz`: the article file hash (`f`) of each document of the page. */
export interface DocPage {
  format: number
  files: string[]
}

/**
 * A chunk of a posting list: `[file hash, first doc, last doc, documents]`. The file,
 * `search/p-<h>.bin.gz`, holds the chunk's doc numbers as unsigned LEB128 varints: the first
 * absolute, then the gaps.
 */
export type ChunkRef = [string, number, number, number]

/**
 * One term: `[documents, postings]`, the postings either inline (base64 of the varints, for
 * short lists) or as chunks, oldest first.
 */
export type TermEntry = [number, string | ChunkRef[]]

/** `search/t-<h>.json.gz`: the terms of one shard, sorted by key. */
export interface TermShard {
  format: number
  terms: Record<string, TermEntry>
}

/** Keys of title terms: the same terms, in the title only (for ranking title matches first). */
export const TITLE_MARK = '\u0002'
/** Keys of category terms: one per node, holding the node's documents and its descendants'. */
export const CATEGORY_MARK = '\u0001'

export function categoryKey(path: readonly string[]): string {
  return CATEGORY_MARK + path.join('\u001f')
}

/**
 * What a key is sharded by: words by their first two characters, so that all the words a
 * prefix of two or more characters can start live in one shard; other keys whole.
 */
export function shardBasis(key: string): string {
  const mark = key[0] === TITLE_MARK ? 1 : 0
  const c = key.charCodeAt(mark)
  const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x80 && c < 0x3000)
  return word ? key.slice(0, mark + 2) : key
}

/** Which of `count` shards holds a term. */
export function termShard(key: string, count: number): number {
  return count <= 1 ? 0 : fnv1a(shardBasis(key)) % count
}

/** Doc numbers from a chunk's varints (first absolute, then gaps). */
export function decodePostings(bytes: Uint8Array): number[] {
  const out: number[] = []
  let doc = 0
  let value = 0
  let scale = 1
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!
    value += (b & 0x7f) * scale
    if (b & 0x80) scale *= 128
    else {
      doc = out.length === 0 ? value : doc + value
      out.push(doc)
      value = 0
      scale = 1
    }
  }
  return out
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!)
  return btoa(binary)
}

export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

export const validateSearchManifest = validator<SearchManifest>(
  'The search index',
  (v) => typeof v.docs === 'number' && Array.isArray(v.shards) && Array.isArray(v.docPages),
)
export const validateDocPage = validator<DocPage>('A search doc page', (v) =>
  Array.isArray(v.files),
)
export const validateTermShard = validator<TermShard>('A search shard', (v) => isObject(v.terms))
