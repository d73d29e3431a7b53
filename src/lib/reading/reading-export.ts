import type { HistoryEntry, ProgressEntry, ReadMark, SavedEntry } from './reading-db'
import type { ReadStore } from './read-store'
// Through the store: the store and its database stay one chunk.
import { READING_DB_VERSION } from './read-store'
import { clearHistory } from './history-store'
import { SAVED_CACHE } from '../offline/saved-cache'

/** The file "Export reading data" writes and "Import" reads. */
export interface ReadingExport {
  format: typeof EXPORT_FORMAT
  /** The reading database's schema version the file was written at. */
  version: number
  exportedAt: string
  read: ReadMark[]
  history: HistoryEntry[]
  saved: SavedEntry[]
  /** Where long articles were left. */
  progress: ProgressEntry[]
  /** Display settings, by storage key. */
  settings: Record<string, string>
}

export const EXPORT_FORMAT = 'broadsheet-reading'
/** Larger than years of reading (100,000 marks are about 5 MB): anything bigger is not ours. */
const MAX_BYTES = 50 * 1024 * 1024
const MAX_ITEMS = 1_000_000

/** Why a file was refused; the app words each reason. Nothing is changed by a refused file. */
export type ImportProblem = 'too-large' | 'not-json' | 'not-ours' | 'newer' | 'malformed'

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`reading data refused: ${problem}`)
  }
}

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0

function readMark(v: unknown): ReadMark {
  const o = v as Record<string, unknown>
  if (typeof v !== 'object' || v === null || !isText(o.id, 200) || !o.id || !isTime(o.at))
    throw new ImportError('malformed')
  return { id: o.id, at: o.at }
}

function historyEntry(v: unknown): HistoryEntry {
  const { id, at } = readMark(v)
  const o = v as Record<string, unknown>
  if (!isText(o.title, 2000) || !isText(o.date, 64)) throw new ImportError('malformed')
  const category = o.category
  if (
    category !== undefined &&
    !(Array.isArray(category) && category.length <= 50 && category.every((c) => isText(c, 500)))
  )
    throw new ImportError('malformed')
  return { id, at, title: o.title, date: o.date, ...(category ? { category: [...category] } : {}) }
}

function savedEntry(v: unknown): SavedEntry {
  const entry = historyEntry(v)
  const { thumbnail } = v as Record<string, unknown>
  if (thumbnail === undefined) return entry
  // Fetched when the article is kept offline: only a web address, never a script URL.
  if (!isText(thumbnail, 2000) || !/^(?:https?:\/\/|\/)/.test(thumbnail))
    throw new ImportError('malformed')
  return { ...entry, thumbnail }
}

function progressEntry(v: unknown): ProgressEntry {
  const { position } = v as Record<string, unknown>
  if (typeof position !== 'number' || !(position >= 0 && position <= 1))
    throw new ImportError('malformed')
  return { ...historyEntry(v), position }
}

/** The data an export holds, one list per store. */
export interface ReadingData {
  read: ReadMark[]
  history: HistoryEntry[]
  saved: SavedEntry[]
  progress: ProgressEntry[]
}
const STORES = ['read', 'history', 'saved', 'progress'] as const

/**
 * Reads an export file, all or nothing: only the fields this format has are taken, each checked,
 * so a hostile file can add no other key, no script and no giant string.
 */
export function parseReadingExport(
  text: string,
  allowedSettings: Record<string, readonly string[]>,
) {
  if (text.length > MAX_BYTES) throw new ImportError('too-large')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new ImportError('not-json')
  }
  const o = data as Record<string, unknown>
  if (typeof data !== 'object' || data === null || o.format !== EXPORT_FORMAT)
    throw new ImportError('not-ours')
  if (!Number.isInteger(o.version) || (o.version as number) < 1) throw new ImportError('malformed')
  if ((o.version as number) > READING_DB_VERSION) throw new ImportError('newer')
  const list = (v: unknown) => {
    if (v === undefined) return []
    if (!Array.isArray(v) || v.length > MAX_ITEMS) throw new ImportError('malformed')
    return v
  }
  const settings: Record<string, string> = {}
  if (o.settings !== undefined) {
    if (typeof o.settings !== 'object' || o.settings === null || Array.isArray(o.settings))
      throw new ImportError('malformed')
    for (const [key, allowed] of Object.entries(allowedSettings)) {
      const value = (o.settings as Record<string, unknown>)[key]
      if (value === undefined) continue
      if (typeof value !== 'string' || !allowed.includes(value)) throw new ImportError('malformed')
      settings[key] = value
    }
  }
  return {
    read: list(o.read).map(readMark),
    history: list(o.history).map(historyEntry),
    saved: list(o.saved).map(savedEntry),
    progress: list(o.progress).map(progressEntry),
    settings,
  }
}

export function makeReadingExport(
  data: ReadingData,
  settings: Record<string, string>,
  now = new Date(),
): ReadingExport {
  return {
    format: EXPORT_FORMAT,
    version: READING_DB_VERSION,
    exportedAt: now.toISOString(),
    ...data,
    settings,
  }
}

// Export, import and clear live here, loaded by Settings only: the store the lists load stays small.

/** Every mark, reading, saved article and place on the device. */
export async function exportData(store: ReadStore): Promise<ReadingData> {
  const db = await store.database()
  if (!db) return { read: [], history: [], saved: [], progress: [] }
  const [read, history, saved, progress] = await Promise.all(STORES.map((name) => db.getAll(name)))
  return { read, history, saved, progress } as ReadingData
}

/** Merges an import (the newer of two records wins); says how many were new. */
export async function importData(store: ReadStore, data: ReadingData) {
  const added = { read: 0, history: 0, saved: 0, progress: 0 }
  const db = await store.database()
  if (db) {
    const tx = db.transaction([...STORES], 'readwrite')
    for (const name of STORES) {
      const records = tx.objectStore(name)
      for (const record of data[name]) {
        const old = await records.get(record.id)
        if (!old) added[name] += 1
        if (!old || old.at < record.at) await records.put(record as never)
      }
    }
    await tx.done
  }
  store.remember(
    data.read.map((m) => m.id),
    true,
  )
  return added
}

/** Forgets every mark, reading, saved article and place, and the saved articles' offline copies. */
export async function clearAll(store: ReadStore) {
  const db = await store.database()
  await Promise.all([
    // The history also has this visit's readings in memory, where IndexedDB is unavailable.
    ...STORES.map((name) => (name === 'history' ? clearHistory(db) : db?.clear(name))),
    typeof caches === 'undefined' ? undefined : caches.delete(SAVED_CACHE),
  ])
  store.remember('all', false)
}
