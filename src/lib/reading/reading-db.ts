import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb'
import { openDB } from 'idb'

/**
 * The reader's own data, kept on the device: read marks for now. Each schema version is one step
 * in MIGRATIONS, so a database of any earlier version is brought up to date step by step.
 */
export const READING_DB = 'broadsheet-reading'

/** Sites under one origin at different base paths (`/news/`, `/blog/`) keep their marks apart. */
export const readingDbName = (base: string) => (base === '/' ? READING_DB : `${READING_DB} ${base}`)

/** An article the reader has read, and when (ms since the epoch). */
export interface ReadMark {
  id: string
  at: number
}

export interface ReadingSchema extends DBSchema {
  read: { key: string; value: ReadMark; indexes: { at: number } }
}

type Upgrade = (
  db: IDBPDatabase<ReadingSchema>,
  tx: IDBPTransaction<ReadingSchema, 'read'[], 'versionchange'>,
) => void

/** MIGRATIONS[v] takes a database from version v to v + 1. Append; never edit a shipped step. */
export const MIGRATIONS: readonly Upgrade[] = [
  (db) => {
    db.createObjectStore('read', { keyPath: 'id' }).createIndex('at', 'at')
  },
]

export const READING_DB_VERSION = MIGRATIONS.length

export type ReadingDb = IDBPDatabase<ReadingSchema>

export function openReadingDb(name = READING_DB): Promise<ReadingDb> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is unavailable'))
  return openDB<ReadingSchema>(name, READING_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion; v < READING_DB_VERSION; v++) MIGRATIONS[v]!(db, tx)
    },
    // A newer version in another tab wants the database: let it have it.
    blocking(_current, _next, event) {
      ;(event.target as IDBDatabase).close()
    },
  })
}
