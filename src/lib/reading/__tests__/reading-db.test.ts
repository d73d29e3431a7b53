import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import type { ReadingSchema } from '../reading-db'
import { MIGRATIONS, READING_DB_VERSION, openReadingDb } from '../reading-db'

let n = 0
const fresh = () => `reading-test-${++n}`

/** A database left at `version` by an earlier release, holding what that release could hold. */
async function databaseAt(name: string, version: number) {
  if (version === 0) return
  const db = await openDB<ReadingSchema>(name, version, {
    upgrade(db, old, _new, tx) {
      for (let v = old; v < version; v++) MIGRATIONS[v]!(db, tx)
    },
  })
  await db.put('read', { id: 'kept-from-v' + version, at: 1 })
  db.close()
}

describe('the reading database', () => {
  it('is at the newest version with every store, from nothing', async () => {
    const db = await openReadingDb(fresh())
    expect(db.version).toBe(READING_DB_VERSION)
    expect([...db.objectStoreNames]).toEqual(['history', 'progress', 'read', 'saved'])
    for (const store of ['read', 'history', 'saved', 'progress'] as const)
      expect([...db.transaction(store).store.indexNames]).toEqual(['at'])
    db.close()
  })

  it.each(Array.from({ length: READING_DB_VERSION }, (_, v) => v).filter((v) => v > 0))(
    'comes up from version %i with its marks kept',
    async (version) => {
      const name = fresh()
      await databaseAt(name, version)
      const db = await openReadingDb(name)
      expect(db.version).toBe(READING_DB_VERSION)
      expect(await db.get('read', 'kept-from-v' + version)).toEqual({
        id: 'kept-from-v' + version,
        at: 1,
      })
      db.close()
    },
  )

  it('steps through every migration in order, one release at a time, keeping what each held', async () => {
    const name = fresh()
    const stores: string[][] = []
    for (let version = 1; version <= READING_DB_VERSION; version++) {
      // Each release opens the database its predecessor left, at its own version.
      const db = await openDB<ReadingSchema>(name, version, {
        upgrade(db, old, _new, tx) {
          for (let v = old; v < version; v++) MIGRATIONS[v]!(db, tx)
        },
      })
      await db.put('read', { id: 'v' + version, at: version })
      stores.push([...db.objectStoreNames])
      db.close()
    }
    expect(stores[0]).toEqual(['read'])
    expect(stores.at(-1)).toEqual(['history', 'progress', 'read', 'saved'])
    const db = await openReadingDb(name)
    expect((await db.getAllKeys('read')).length).toBe(READING_DB_VERSION)
    db.close()
  })

  it('keeps the history a version-2 database held when saved articles arrive', async () => {
    const name = fresh()
    const old = await openDB<ReadingSchema>(name, 2, {
      upgrade(db, from, _new, tx) {
        for (let v = from; v < 2; v++) MIGRATIONS[v]!(db, tx)
      },
    })
    const reading = { id: 'h', at: 5, title: '旧的', date: '2022-01-01T00:00:00.000Z' }
    await old.put('history', reading)
    old.close()
    const db = await openReadingDb(name)
    expect(await db.get('history', 'h')).toEqual(reading)
    expect(await db.count('saved')).toBe(0)
    db.close()
  })
})
