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
  /** Documents in the list (its length, for choosing the cheapest). */
  readonly size: number
}

export class ListCursor implements Cursor {
  readonly size: number
  private decoded = new Map<number, number[]>()
  constructor(
    private entry: TermEntry,
    private loadChunk: LoadChunk,
  ) {
    this.size = entry[0]
  }

  async seek(target: number): Promise<number> {
    const postings = this.entry[1]
    if (typeof postings === 'string') return below(await this.chunk(0), target)
    // The newest chunk whose first doc is ≤ target holds the answer.
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
    if (index < 0) return -1
    return below(await this.chunk(index), target)
  }

  private async chunk(index: number): Promise<number[]> {
    let docs = this.decoded.get(index)
    if (!docs) {
      const postings = this.entry[1]
      const bytes =
        typeof postings === 'string'
          ? decodeBase64(postings)
          : await this.loadChunk(postings[index]![0])
      docs = decodePostings(bytes)
      this.decoded.set(index, docs)
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
}

/** Every doc in [low, high]: the cursor of a query with filters only. */
export class RangeCursor implements Cursor {
  constructor(
    private low: number,
    readonly size: number,
  ) {}
  async seek(target: number): Promise<number> {
    return target >= this.low ? target : -1
  }
}

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
  // The smallest list leads: its gaps skip the most. The others then check its doc together,
  // so that their chunks are read in one round trip, not one after another.
  const [lead, ...rest] = [...cursors].sort((a, b) => a.size - b.size)
  if (!lead) return
  let target = high
  while (target >= low) {
    const doc = await lead.seek(target)
    if (doc < low) break
    const found = await Promise.all(rest.map((c) => c.seek(doc)))
    const lowest = Math.min(doc, ...found)
    onProgress?.(lowest)
    if (lowest === doc) {
      yield doc
      target = doc - 1
    } else target = lowest
  }
  onProgress?.(low - 1)
}
