/**
 * Reading posting lists newest first: a cursor over one list's chunks (fetched only when reached),
 * unions of lists (a prefix's words, a term in titles and bodies), and their intersection.
 */
import type { TermEntry } from '../bundle/search-format'
import { decodeBase64, decodePostings } from '../bundle/search-format'

export type LoadChunk = (hash: string) => Promise<Uint8Array>

export interface Cursor {
  /** The largest doc ≤ `target` in the list, or -1. */
  seek(target: number): Promise<number>
  /** The same without waiting, when the chunks it needs are read; else undefined. */
  seekNow(target: number): number | undefined
  /** Documents in the list (its length, for choosing the cheapest). */
  readonly size: number
  /** Up to `n` docs ≤ `target`, newest first, from the chunks already read: a hint, maybe short. */
  peek(target: number, n: number): number[]
  /** Starts reading the chunks that seeking these docs will need. */
  prefetch(docs: readonly number[]): void
  /** Reads the `n` chunks below the one that holds `doc` (a walk on down). */
  readAhead(doc: number, n: number): Promise<unknown>
}

export class ListCursor implements Cursor {
  readonly size: number
  private chunks = new Map<number, Promise<number[]>>()
  private decoded = new Map<number, number[]>()
  constructor(
    private entry: TermEntry,
    private loadChunk: LoadChunk,
  ) {
    this.size = entry[0]
  }

  async seek(target: number): Promise<number> {
    const index = this.chunkFor(target)
    return index < 0 ? -1 : below(await this.chunk(index), target)
  }

  seekNow(target: number): number | undefined {
    const index = this.chunkFor(target)
    if (index < 0) return -1
    const docs = this.decoded.get(index)
    return docs && below(docs, target)
  }

  peek(target: number, n: number): number[] {
    const out: number[] = []
    for (let index = this.chunkFor(target); index >= 0 && out.length < n; index -= 1) {
      const docs = this.decoded.get(index)
      if (!docs) break
      for (let i = docs.length - 1; i >= 0 && out.length < n; i -= 1)
        if (docs[i]! <= target) out.push(docs[i]!)
    }
    return out
  }

  prefetch(docs: readonly number[]): void {
    const postings = this.entry[1]
    // Docs come newest first: a chunk's docs after the first need no search.
    let first = Infinity
    for (const doc of docs) {
      if (doc >= first) continue
      const index = this.chunkFor(doc)
      first = index < 0 || typeof postings === 'string' ? -Infinity : postings[index]![1]
      if (index < 0 || this.chunks.has(index)) continue
      // A failed read is not kept: the seek that needs it reads it again, and rethrows.
      this.chunk(index).catch(() => this.chunks.delete(index))
    }
  }

  readAhead(doc: number, n: number): Promise<unknown> {
    const reads: Promise<number[]>[] = []
    for (let i = Math.max(0, this.chunkFor(doc) - n); i < this.chunkFor(doc); i += 1) {
      const read = this.chunk(i)
      read.catch(() => this.chunks.delete(i))
      reads.push(read)
    }
    return Promise.all(reads)
  }

  /** The newest chunk whose first doc is ≤ target holds the answer; -1 when none does. */
  private chunkFor(target: number): number {
    const postings = this.entry[1]
    if (typeof postings === 'string') return 0
    let lo = 0
    let hi = postings.length - 1
    let index = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (postings[mid]![1] <= target) {
        index = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return index
  }

  private chunk(index: number): Promise<number[]> {
    let docs = this.chunks.get(index)
    if (!docs) {
      const postings = this.entry[1]
      const bytes =
        typeof postings === 'string'
          ? Promise.resolve(decodeBase64(postings))
          : this.loadChunk(postings[index]![0])
      docs = bytes.then((b) => {
        const list = decodePostings(b)
        this.decoded.set(index, list)
        return list
      })
      this.chunks.set(index, docs)
    }
    return docs
  }
}

/** The largest value ≤ target in an ascending array, or -1. */
function below(docs: number[], target: number): number {
  let lo = 0
  let hi = docs.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (docs[mid]! <= target) {
      found = docs[mid]!
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

export class UnionCursor implements Cursor {
  readonly size: number
  constructor(private members: Cursor[]) {
    this.size = members.reduce((n, m) => n + m.size, 0)
  }
  async seek(target: number): Promise<number> {
    const found = await Promise.all(this.members.map((m) => m.seek(target)))
    return Math.max(-1, ...found)
  }
  seekNow(target: number): number | undefined {
    let most = -1
    for (const m of this.members) {
      const doc = m.seekNow(target)
      if (doc === undefined) return undefined
      most = Math.max(most, doc)
    }
    return most
  }
  peek(target: number, n: number): number[] {
    const all = new Set(this.members.flatMap((m) => m.peek(target, n)))
    return [...all].sort((a, b) => b - a).slice(0, n)
  }
  prefetch(docs: readonly number[]): void {
    for (const m of this.members) m.prefetch(docs)
  }
  readAhead(doc: number, n: number): Promise<unknown> {
    return Promise.all(this.members.map((m) => m.readAhead(doc, n)))
  }
}

/** Every doc in [low, high]: the cursor of a query with filters only. */
export class RangeCursor implements Cursor {
  constructor(
    private low: number,
    readonly size: number,
  ) {}
  async seek(target: number): Promise<number> {
    return this.seekNow(target)
  }
  seekNow(target: number): number {
    return target >= this.low ? target : -1
  }
  peek(target: number, n: number): number[] {
    const out: number[] = []
    for (let doc = target; doc >= this.low && out.length < n; doc -= 1) out.push(doc)
    return out
  }
  prefetch(): void {}
  readAhead(): Promise<unknown> {
    return Promise.resolve()
  }
}

/** Lead docs whose chunks the other lists read ahead: a screen of results, growing on misses. */
const FIRST_AHEAD = 8
const MAX_AHEAD = 512
/** Lead docs without a result after which the walk reads whole chunks ahead. */
const LONG_WALK = 256
/** Bounds a read-ahead window's docs: 8 chunks of the densest list. */
const READ_AHEAD_DOCS = 1 << 16

/**
 * Docs in every cursor, newest first, from `high` down to `low`. `onProgress` hears how far down
 * the walk has come (for estimating counts).
 */
export async function* intersect(
  cursors: Cursor[],
  high: number,
  low: number,
  onProgress?: (reached: number) => void,
): AsyncGenerator<number> {
  // The smallest list leads: its gaps skip the most. The others read the chunks of its next
  // docs together, in one round trip, not one after another; a walk that finds nothing reads
  // further ahead each time (a query whose lists barely meet reads them in few round trips).
  const [lead, ...rest] = [...cursors].sort((a, b) => a.size - b.size)
  if (!lead) return
  let ahead = FIRST_AHEAD
  let misses = 0
  let chunks = 0
  // The newest docs are the likeliest first results: their chunks come with the lead's.
  for (const c of rest) c.prefetch([high])
  // Docs down to here have had their chunks asked for.
  let asked = Infinity
  let target = high
  while (target >= low) {
    // Awaiting only for chunks not yet read: a walk through read chunks is plain loops.
    const doc = lead.seekNow(target) ?? (await lead.seek(target))
    if (doc < low) break
    if (doc < asked && rest.length > 0) {
      const next = lead.peek(doc, ahead).filter((d) => d >= low)
      for (const c of rest) c.prefetch(next)
      asked = next.at(-1) ?? doc
      // A long walk without results reads the lead's next chunks too, then the others' for them.
      if (misses >= LONG_WALK) chunks = Math.min(8, chunks * 2 || 1)
      if (chunks > 0)
        lead.readAhead(doc, chunks).then(
          () => {
            const more = lead.peek(doc, READ_AHEAD_DOCS).filter((d) => d >= low)
            for (const c of rest) c.prefetch(more)
            asked = Math.min(asked, more.at(-1) ?? asked)
          },
          // The walk's own seek reads a failed chunk again, and reports it.
          () => undefined,
        )
    }
    let lowest = doc
    const waiting: Promise<number>[] = []
    for (const c of rest) {
      const found = c.seekNow(doc)
      if (found === undefined) waiting.push(c.seek(doc))
      else if (found < lowest) lowest = found
    }
    for (const found of await Promise.all(waiting)) if (found < lowest) lowest = found
    onProgress?.(lowest)
    if (lowest === doc) {
      yield doc
      ahead = FIRST_AHEAD
      misses = 0
      chunks = 0
      target = doc - 1
    } else {
      ahead = Math.min(MAX_AHEAD, ahead * 2)
      misses += 1
      target = lowest
    }
  }
  onProgress?.(low - 1)
}
