import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { addHistory, clearHistory, readHistory } from '../history-store'
import type { ReadingDb } from '../reading-db'
import { openReadingDb } from '../reading-db'

let n = 0
const opened: ReadingDb[] = []
afterEach(() => opened.splice(0).forEach((db) => db.close()))
const entry = (id: string) => ({ id, title: `标题 ${id}`, date: '2022-01-06T02:11:00.000Z' })

describe('the reading history', () => {
  it('lists what was read, newest first, one entry per article, until cleared', async () => {
    const db = await openReadingDb(`history-${++n}`)
    opened.push(db)
    await addHistory(db, entry('a'), 1000)
    await addHistory(db, entry('b'), 2000)
    await addHistory(db, entry('a'), 3000)
    const { entries, more } = await readHistory(db, 10)
    expect(entries.map((e) => e.id)).toEqual(['a', 'b'])
    expect(more).toBe(false)
    expect((await readHistory(db, 1)).more).toBe(true)
    await clearHistory(db)
    expect((await readHistory(db, 10)).entries).toEqual([])
  })

  it('is kept for the visit where IndexedDB is unavailable', async () => {
    await addHistory(undefined, entry('a'), 1000)
    await addHistory(undefined, entry('b'), 2000)
    expect((await readHistory(undefined, 10)).entries.map((e) => e.id)).toEqual(['b', 'a'])
    await clearHistory(undefined)
    expect((await readHistory(undefined, 10)).entries).toEqual([])
  })
})
