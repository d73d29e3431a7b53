import type { ReadingDb, SavedEntry } from './reading-db'

// Tabs tell each other what they saved, or that the saved set changed wholesale (an import, a clear).
type SavedMessage = { kind: 'saved'; id: string; saved: boolean } | { kind: 'forget' }
const isSavedMessage = (m: unknown): m is SavedMessage => {
  const o = m as Record<string, unknown> | null
  if (typeof m !== 'object' || o === null) return false
  if (o.kind === 'forget') return true
  return o.kind === 'saved' && typeof o.id === 'string' && typeof o.saved === 'boolean'
}

export interface SavedStore {
  /** True saved, false not, undefined until `load` has looked it up. */
  get(id: string): boolean | undefined
  /** Looks up these ids, one key each. */
  load(ids: readonly string[]): Promise<void>
  /** Saves at once on screen, then keeps the record; `at` is now unless given (an undo keeps its place). */
  save(entry: Omit<SavedEntry, 'at'> & { at?: number }): Promise<void>
  /** Unsaves, and gives back the record so that an undo can put it back where it was. */
  unsave(id: string): Promise<SavedEntry | undefined>
  /** Every saved article, newest saved first. */
  list(): Promise<SavedEntry[]>
  /** The saved set changed under us (an import, a clear): look everything up again, here and in other tabs. */
  forget(): void
  subscribe(listener: () => void): () => void
  close(): void
}

/** Saved articles, in the reading database that the read store opened. */
export function createSavedStore(options: {
  db: Promise<ReadingDb | undefined>
  /** The database's name: the tabs' channel is named after it. */
  name: string
  onWriteFailed: () => void
  /** A save's transaction exists: any transaction made after it, in any tab, sees it. */
  onWrite?: () => void
  now?: () => number
}): SavedStore {
  const { db, onWriteFailed } = options
  const now = options.now ?? Date.now
  // Saves in one millisecond still list in the order they were made.
  let last = 0
  const stamp = () => (last = Math.max(now(), last + 1))
  const known = new Map<string, boolean>()
  // What this visit saved, where IndexedDB is unavailable.
  const memory = new Map<string, SavedEntry>()
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())
  const channel =
    typeof BroadcastChannel === 'function'
      ? new BroadcastChannel(`${options.name} saved`)
      : undefined

  const relook = () => {
    const ids = [...known.keys()]
    known.clear()
    void store.load(ids)
  }
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data
    if (!isSavedMessage(message)) return
    if (message.kind === 'forget') return relook()
    known.set(message.id, message.saved)
    notify()
  })
  const mark = (id: string, saved: boolean) => {
    known.set(id, saved)
    notify()
    channel?.postMessage({ kind: 'saved', id, saved } satisfies SavedMessage)
  }

  const store: SavedStore = {
    get: (id) => known.get(id),
    async load(ids) {
      const wanted = [...new Set(ids)].filter((id) => !known.has(id))
      if (wanted.length === 0) return
      const open = await db
      const found = open
        ? await Promise.all(wanted.map((id) => open.getKey('saved', id))).catch(() => [])
        : wanted.map((id) => (memory.has(id) ? id : undefined))
      wanted.forEach((id, i) => known.has(id) || known.set(id, found[i] !== undefined))
      notify()
    },
    async save(entry) {
      const record: SavedEntry = { ...entry, at: entry.at ?? stamp() }
      memory.set(record.id, record)
      mark(record.id, true)
      const open = await db
      if (!open) return
      const writing = open.put('saved', record)
      options.onWrite?.()
      await writing.catch(onWriteFailed)
    },
    async unsave(id) {
      const open = await db
      const record = memory.get(id) ?? (await open?.get('saved', id).catch(() => undefined))
      memory.delete(id)
      mark(id, false)
      if (open) await open.delete('saved', id).catch(onWriteFailed)
      return record
    },
    async list() {
      const open = await db
      const records = open ? await open.getAllFromIndex('saved', 'at') : [...memory.values()]
      return records.sort((a, b) => b.at - a.at)
    },
    forget() {
      memory.clear()
      channel?.postMessage({ kind: 'forget' } satisfies SavedMessage)
      relook()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close: () => channel?.close(),
  }
  return store
}
