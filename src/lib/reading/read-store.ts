import type { ReadingDb } from './reading-db'
import { READING_DB, openReadingDb } from './reading-db'

// One chunk for the store and its database: the app loads them together.
export { READING_DB_VERSION, readingDbName } from './reading-db'

/** Why marks are not being kept: no IndexedDB (some private modes), or a write failed (full). */
export type StoreProblem = 'unavailable' | 'write-failed'

// Tabs of one reader tell each other what they marked (on a channel named as the database), so
// that every open list stays in step; "forget" says every mark may have changed (a clear).
type ReadMessage = { kind: 'read'; ids: string[]; read: boolean } | { kind: 'forget' }
const isReadMessage = (m: unknown): m is ReadMessage => {
  const o = m as Record<string, unknown> | null
  if (typeof m !== 'object' || o === null) return false
  if (o.kind === 'forget') return true
  return (
    o.kind === 'read' &&
    Array.isArray(o.ids) &&
    o.ids.every((id) => typeof id === 'string') &&
    typeof o.read === 'boolean'
  )
}

export interface ReadStore {
  /** The database's name, which its tabs' channels are named after. */
  readonly name: string
  /** True read, false unread, undefined until `load` has looked it up. */
  get(id: string): boolean | undefined
  /** Looks up these ids, one key each: a page costs its own size, not the history's. */
  load(ids: readonly string[]): Promise<void>
  /** Marks at once on screen (listeners run before this returns), then keeps the marks. */
  setRead(ids: readonly string[], read: boolean): Promise<void>
  subscribe(listener: () => void): () => void
  /** The database, for export and import (reading-export.ts); undefined where unavailable. */
  database(): Promise<ReadingDb | undefined>
  /** Shows marks another part wrote (an import, a clear), without writing them, here and in other tabs. */
  remember(ids: readonly string[] | 'all', read: boolean): void
  /** Records a failed write, for the notice. */
  writeFailed(): void
  /** Set once marks cannot be kept; the screen still shows them for this visit. */
  problem(): StoreProblem | undefined
  close(): Promise<void>
}

export function createReadStore(
  options: {
    name?: string
    now?: () => number
    /** A write's transaction exists: any transaction made after it, in any tab, sees it. */
    onWrite?: () => void
  } = {},
): ReadStore {
  const now = options.now ?? Date.now
  const name = options.name ?? READING_DB
  const known = new Map<string, boolean>()
  const listeners = new Set<() => void>()
  let problem: StoreProblem | undefined
  const notify = () => listeners.forEach((listener) => listener())
  const fail = (kind: StoreProblem) => {
    if (problem) return
    problem = kind
    notify()
  }
  const db: Promise<ReadingDb | undefined> = openReadingDb(name).catch(() => {
    fail('unavailable')
    return undefined
  })
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data
    if (!isReadMessage(message)) return
    if (message.kind === 'forget') {
      const ids = [...known.keys()]
      known.clear()
      return void store.load(ids)
    }
    for (const id of message.ids) known.set(id, message.read)
    notify()
  })
  // A mark made while a lookup is in flight wins over the lookup's older answer.
  const settle = (ids: readonly string[], read: (i: number) => boolean) =>
    ids.forEach((id, i) => known.has(id) || known.set(id, read(i)))

  const store: ReadStore = {
    name,
    get: (id) => known.get(id),
    async load(ids) {
      const wanted = [...new Set(ids)].filter((id) => !known.has(id))
      if (wanted.length === 0) return
      const open = await db
      try {
        if (!open) throw new Error('no database')
        const store = open.transaction('read').store
        const keys = await Promise.all(wanted.map((id) => store.getKey(id)))
        settle(wanted, (i) => keys[i] !== undefined)
      } catch {
        settle(wanted, () => false)
        if (open) fail('unavailable')
      }
      notify()
    },
    async setRead(ids, read) {
      for (const id of ids) known.set(id, read)
      notify()
      channel?.postMessage({ kind: 'read', ids: [...ids], read } satisfies ReadMessage)
      const open = await db
      if (!open) return
      try {
        const tx = open.transaction('read', 'readwrite')
        options.onWrite?.()
        const at = now()
        await Promise.all([
          ...ids.map((id) => (read ? tx.store.put({ id, at }) : tx.store.delete(id))),
          tx.done,
        ])
      } catch {
        fail('write-failed')
      }
    },
    database: () => db,
    remember(ids, read) {
      for (const id of ids === 'all' ? [...known.keys()] : ids) known.set(id, read)
      notify()
      channel?.postMessage(
        (ids === 'all'
          ? { kind: 'forget' }
          : { kind: 'read', ids: [...ids], read }) satisfies ReadMessage,
      )
    },
    writeFailed: () => fail('write-failed'),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    problem: () => problem,
    async close() {
      channel?.close()
      ;(await db)?.close()
    },
  }
  return store
}
