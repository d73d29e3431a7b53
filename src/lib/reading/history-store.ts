import type { HistoryEntry, ReadingDb } from './reading-db'

/**
 * The reading history, apart from the read store: a list's marks (the home page's) load without
 * it, and only the article (which records) and /history (which reads) bring it.
 */

// Where IndexedDB is unavailable, what this visit read.
const memory = new Map<string, HistoryEntry>()

/** Records an article the reader has read; a second reading moves it up. */
export async function addHistory(
  db: ReadingDb | undefined,
  entry: Omit<HistoryEntry, 'at'>,
  now = Date.now(),
): Promise<void> {
  const record = { ...entry, at: now }
  if (db) await db.put('history', record)
  else memory.set(entry.id, record)
}

/** The newest `limit` readings, newest first, and whether there are more. */
export async function readHistory(
  db: ReadingDb | undefined,
  limit: number,
): Promise<{ entries: HistoryEntry[]; more: boolean }> {
  let entries: HistoryEntry[] = []
  if (db) {
    let cursor = await db.transaction('history').store.index('at').openCursor(null, 'prev')
    while (cursor && entries.length <= limit) {
      entries.push(cursor.value)
      cursor = await cursor.continue()
    }
  } else entries = [...memory.values()].sort((a, b) => b.at - a.at)
  return { entries: entries.slice(0, limit), more: entries.length > limit }
}

/** Forgets the history; read marks stay. */
export async function clearHistory(db: ReadingDb | undefined): Promise<void> {
  memory.clear()
  await db?.clear('history')
}
