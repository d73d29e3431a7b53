import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { ReadingDb } from '../reading-db'
import { openReadingDb } from '../reading-db'
import { createSavedStore } from '../saved-store'
import { continuing, keepPosition, positionOf } from '../progress-store'

let n = 0
const opened: ReadingDb[] = []
const closers: (() => void)[] = []
afterEach(() => {
  closers.splice(0).forEach((close) => close())
  opened.splice(0).forEach((db) => db.close())
})
async function store(name = `saved-${++n}`, clock = { t: 1 }) {
  const db = await openReadingDb(name)
  opened.push(db)
  const saved = createSavedStore({
    db: Promise.resolve(db),
    name,
    onWriteFailed: () => {},
    now: () => clock.t++,
  })
  closers.push(saved.close)
  return { saved, db, name }
}
const article = (id: string) => ({ id, title: `标题 ${id}`, date: '2022-01-01T00:00:00.000Z' })

describe('saved articles', () => {
  it('list newest saved first, and an undo puts one back in its place', async () => {
    const { saved } = await store()
    await saved.save(article('a'))
    await saved.save(article('b'))
    await saved.save(article('c'))
    expect((await saved.list()).map((e) => e.id)).toEqual(['c', 'b', 'a'])
    const record = await saved.unsave('b')
    expect(saved.get('b')).toBe(false)
    expect((await saved.list()).map((e) => e.id)).toEqual(['c', 'a'])
    await saved.save(record!)
    expect((await saved.list()).map((e) => e.id)).toEqual(['c', 'b', 'a'])
  })

  it('look up a page of ids by key, and show in another tab', async () => {
    const name = `saved-${++n}`
    const one = await store(name)
    const two = await store(name)
    await two.saved.load(['x', 'y'])
    expect(two.saved.get('x')).toBe(false)
    const heard = new Promise<void>((resolve) => two.saved.subscribe(resolve))
    await one.saved.save(article('x'))
    await heard
    expect(two.saved.get('x')).toBe(true)
  })

  it('work for the visit where there is no database', async () => {
    const saved = createSavedStore({
      db: Promise.resolve(undefined),
      name: 'none',
      onWriteFailed: () => {},
    })
    closers.push(saved.close)
    await saved.save(article('a'))
    expect(saved.get('a')).toBe(true)
    expect((await saved.list()).map((e) => e.id)).toEqual(['a'])
  })
})

describe('reading places', () => {
  it('keep a part-way place, forget a finished one, and list the most recent first', async () => {
    const { db } = await store()
    await keepPosition(db, { ...article('a'), position: 0.4 }, 1)
    await keepPosition(db, { ...article('b'), position: 0.2 }, 2)
    await keepPosition(db, { ...article('c'), position: 0.01 }, 3)
    expect((await continuing(db)).map((e) => e.id)).toEqual(['b', 'a'])
    await keepPosition(db, { ...article('a'), position: 0.99 }, 4)
    expect(await positionOf(db, 'a')).toBeUndefined()
    expect((await positionOf(db, 'b'))?.position).toBe(0.2)
  })
})
