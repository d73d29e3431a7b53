/**
 * The posting-list walk: the intersection is exact, and a walk through lists that barely meet
 * reads its chunks a window at a time, not one round trip per chunk.
 */
import { describe, expect, it } from 'vitest'
import type { ChunkRef, TermEntry } from '../../../bundle/search-format'
import { PostingBuilder } from '../posting-builder'
import { ListCursor, intersect } from '../../../search/postings'

/** A list as the builder stores it: chunks by name, and the loads counted by round trip. */
function store() {
  const files = new Map<string, Uint8Array>()
  const trips: string[][] = [[]]
  const list = (docs: number[]): TermEntry => {
    const b = new PostingBuilder()
    for (const doc of docs) b.add(doc)
    const refs = b.finish().map((c, i): ChunkRef => {
      const name = `${files.size}-${i}`
      files.set(name, b.bytes.slice(c.start, c.end))
      return [name, c.first, c.last, c.count]
    })
    return [docs.length, refs]
  }
  // A round trip ends when the walk waits for the reads started in it.
  const load = async (name: string) => {
    trips.at(-1)!.push(name)
    await new Promise((resolve) => setTimeout(resolve, 1))
    if (trips.at(-1)!.length > 0) trips.push([])
    return files.get(name)!
  }
  return { list, load, trips: () => trips.filter((t) => t.length > 0) }
}

async function walk(cursors: ListCursor[], high: number) {
  const out: number[] = []
  for await (const doc of intersect(cursors, high, 0)) out.push(doc)
  return out
}

const range = (n: number, keep: (i: number) => boolean) =>
  Array.from({ length: n }, (_, i) => i).filter(keep)

describe('intersect', () => {
  it('finds exactly the docs in every list, newest first', async () => {
    const s = store()
    const a = range(60_000, (i) => i % 3 === 0)
    const b = range(60_000, (i) => i % 7 === 0)
    const c = range(60_000, (i) => i % 2 === 0 || i % 11 === 0)
    const lists = [a, b, c].map((docs) => new ListCursor(s.list(docs), s.load))
    const expected = a.filter((d) => b.includes(d) && c.includes(d)).reverse()
    expect(await walk(lists, 59_999)).toEqual(expected)
  })

  it('walks lists that never meet in a few round trips, not one per chunk', async () => {
    const s = store()
    // Odd and even docs: every seek misses, through every chunk of both lists.
    const lead = s.list(range(1_000_000, (i) => i % 8 === 1))
    const other = s.list(range(1_000_000, (i) => i % 2 === 0))
    const chunks = (lead[1] as ChunkRef[]).length + (other[1] as ChunkRef[]).length
    expect(chunks).toBeGreaterThan(40)
    const found = await walk([new ListCursor(lead, s.load), new ListCursor(other, s.load)], 999_999)
    expect(found).toEqual([])
    const names = s.trips().flat()
    expect(new Set(names).size).toBe(names.length)
    expect(s.trips().length).toBeLessThan(chunks / 3)
  })
})
