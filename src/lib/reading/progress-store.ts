import { CONTINUE_HINT_KEY, setHint } from './hints'
import type { ProgressEntry, ReadingDb } from './reading-db'

/** Less than this far in is not "part-way", and past the far end is finished: neither is offered. */
export const PROGRESS_FROM = 0.05
export const PROGRESS_TO = 0.95

/** How many articles the home page offers to continue. */
export const CONTINUE_LIMIT = 3

export const isPartWay = (position: number) => position >= PROGRESS_FROM && position < PROGRESS_TO

// Where IndexedDB is unavailable, the places this visit left.
const memory = new Map<string, ProgressEntry>()

/** Keeps where the reader is in a long article; forgets it once it is finished (or barely begun). */
export async function keepPosition(
  db: ReadingDb | undefined,
  entry: Omit<ProgressEntry, 'at'>,
  now = Date.now(),
): Promise<void> {
  const part = isPartWay(entry.position)
  if (part) memory.set(entry.id, { ...entry, at: now })
  else memory.delete(entry.id)
  if (db) await (part ? db.put('progress', { ...entry, at: now }) : db.delete('progress', entry.id))
  await hint(db)
}

export async function positionOf(db: ReadingDb | undefined, id: string) {
  return db ? db.get('progress', id) : memory.get(id)
}

/** The articles left part-way, most recently read first. */
export async function continuing(db: ReadingDb | undefined, limit = CONTINUE_LIMIT) {
  if (!db) return [...memory.values()].sort((a, b) => b.at - a.at).slice(0, limit)
  const found: ProgressEntry[] = []
  let cursor = await db.transaction('progress').store.index('at').openCursor(null, 'prev')
  while (cursor && found.length < limit) {
    found.push(cursor.value)
    cursor = await cursor.continue()
  }
  return found
}

/** Tells the next first paint whether the home page will show the strip, so that it keeps the room. */
async function hint(db: ReadingDb | undefined) {
  setHint(CONTINUE_HINT_KEY, (await continuing(db, 1)).length > 0)
}
