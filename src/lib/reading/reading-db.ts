import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb'
import { openDB } from 'idb'

/**
 * The reader's own data, kept on the device: read marks, reading history, saved articles and where
 * a long article was left. Each schema version is one step
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

/** An article read (by the reader's reading, not a hand mark): the newest reading of each. */
export interface HistoryEntry {
  id: string
  at: number
  title: string
  /** The article's own date (ISO). */
  date: string
  /** Its first category path, for the list. */
  category?: string[]
}

/** A saved (starred) article, with what /saved shows of it without the network. */
export interface SavedEntry extends HistoryEntry {
  thumbnail?: string
}

/** Where the reader left a long article, as a share of its body (0–1), to offer continuing. */
export interface ProgressEntry extends HistoryEntry {
  position: number
}

export interface ReadingSchema extends DBSchema {
  read: { key: string; value: ReadMark; indexes: { at: number } }
  history: { key: string; value: HistoryEntry; indexes: { at: number } }
  saved: { key: string; value: SavedEntry; indexes: { at: number } }
  progress: { key: string; value: ProgressEntry; indexes: { at: number } }
}

export type StoreName = 'read' | 'history' | 'saved' | 'progress'

type Upgrade = (
  db: IDBPDatabase<ReadingSchema>,
  tx: IDBPTransaction<ReadingSchema, StoreName[], 'versionchange'>,
) => void

/** MIGRATIONS[v] takes a database from version v to v + 1. Append; never edit a shipped step. */
export const MIGRATIONS: readonly Upgrade[] = [
  (db) => {
    db.createObjectStore('read', { keyPath: 'id' }).createIndex('at', 'at')
  },
  (db) => {
    db.createObjectStore('history', { keyPath: 'id' }).createIndex('at', 'at')
  },
  (db) => {
    db.createObjectStore('saved', { keyPath: 'id' }).createIndex('at', 'at')
    db.createObjectStore('progress', { keyPath: 'id' }).createIndex('at', 'at')
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
