import type { HistoryEntry, ReadMark } from './reading-db'
import type { ReadStore } from './read-store'
// Through the store: the store and its database stay one chunk.
import { READING_DB_VERSION } from './read-store'

/** The file "Export reading data" writes and "Import" reads. */
export interface ReadingExport {
  format: typeof EXPORT_FORMAT
  /** The reading database's schema version the file was written at. */
  version: number
  exportedAt: string
  read: ReadMark[]
  history: HistoryEntry[]
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
  return { read: list(o.read).map(readMark), history: list(o.history).map(historyEntry), settings }
}

export function makeReadingExport(
  data: { read: ReadMark[]; history: HistoryEntry[] },
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

/** Every mark and reading on the device. */
export async function exportData(store: ReadStore) {
  const db = await store.database()
  if (!db) return { read: [], history: [] }
  const [read, history] = await Promise.all([db.getAll('read'), db.getAll('history')])
  return { read, history }
}

/** Merges an import (the newer of two records wins); says how many were new. */
export async function importData(
  store: ReadStore,
  data: { read: ReadMark[]; history: HistoryEntry[] },
) {
  const added = { read: 0, history: 0 }
  const db = await store.database()
  if (db) {
    const tx = db.transaction(['read', 'history'], 'readwrite')
    for (const name of ['read', 'history'] as const) {
      const records = tx.objectStore(name)
      for (const record of data[name]) {
        const old = await records.get(record.id)
        if (!old) added[name] += 1
        if (!old || old.at < record.at) await records.put(record)
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

/** Forgets every mark and reading. */
export async function clearAll(store: ReadStore) {
  await Promise.all([store.database().then((db) => db?.clear('read')), store.clearHistory()])
  store.remember('all', false)
}
