import { useEffect, useSyncExternalStore } from 'react'
import type { HistoryEntry } from './reading-db'
import type { ReadStore, StoreProblem } from './read-store'
import type { SavedStore } from './saved-store'
import { READ_HINT_KEY, SAVED_HINT_KEY, hinted, setHint } from './hints'

// The stores and IndexedDB load when a list first asks, after the page has painted: the home
// page's first paint never waits for them.
let store: ReadStore | undefined
let loading: Promise<ReadStore> | undefined
let saved: SavedStore | undefined
let savedLoading: Promise<SavedStore> | undefined
let version = 0
const listeners = new Set<() => void>()
const bump = () => {
  version += 1
  listeners.forEach((listener) => listener())
}
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
const getVersion = () => version

export function readStore(): Promise<ReadStore> {
  loading ??= import('./read-store').then((m) => {
    store = m.createReadStore({
      name: m.readingDbName(import.meta.env.BASE_URL),
      // The flag goes up once the write's transaction exists: a tab that starts looking on hearing
      // of it makes its transaction later, which IndexedDB orders after this write.
      onWrite: () => setHint(READ_HINT_KEY),
    })
    store.subscribe(bump)
    bump()
    return store
  })
  return loading
}

export function savedStore(): Promise<SavedStore> {
  savedLoading ??= Promise.all([readStore(), import('./saved-store')]).then(([reads, m]) => {
    saved = m.createSavedStore({
      db: reads.database(),
      name: reads.name,
      onWriteFailed: () => reads.writeFailed(),
      onWrite: () => setHint(SAVED_HINT_KEY),
    })
    saved.subscribe(bump)
    bump()
    return saved
  })
  return savedLoading
}

// Whether marks may be stored from before this visit: until then, an id the store has not been
// told about this visit is unread (unsaved), with no lookup. A first mark in another tab: look too.
const before: Record<string, boolean> = {
  [READ_HINT_KEY]: hinted(READ_HINT_KEY),
  [SAVED_HINT_KEY]: hinted(SAVED_HINT_KEY),
}
/** Marks arrived from elsewhere (an import): from now on, lists look them up. */
export function marksArrived() {
  before[READ_HINT_KEY] = before[SAVED_HINT_KEY] = true
  bump()
}
if (typeof window !== 'undefined')
  window.addEventListener('storage', (e) => {
    if (e.key !== READ_HINT_KEY && e.key !== SAVED_HINT_KEY) return
    before[e.key] = true
    bump()
  })

export const setRead = (ids: readonly string[], read: boolean) =>
  readStore().then((s) => s.setRead(ids, read))

/** The reader has read this article: it is marked read and goes into the history. */
export const recordReading = (entry: Omit<HistoryEntry, 'at'>) =>
  setRead([entry.id], true)
    .then(() => Promise.all([readStore(), import('./history-store')]))
    .then(async ([store, history]) =>
      history.addHistory(await store.database(), entry).catch(() => store.writeFailed()),
    )

const whenIdle = (run: () => void) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 50)
    return () => clearTimeout(timer)
  }
  const handle = requestIdleCallback(run, { timeout: 1000 })
  return () => cancelIdleCallback(handle)
}

/** Looks these ids up in a store when the page is idle; re-renders as marks change. */
function useMarks(ids: readonly string[], look: ((ids: string[]) => Promise<unknown>) | false) {
  useSyncExternalStore(subscribe, getVersion, getVersion)
  const key = ids.join('\n')
  useEffect(() => {
    if (!key || !look) return
    return whenIdle(() => void look(key.split('\n')))
  }, [key, look])
}

const lookRead = (ids: string[]) => readStore().then((s) => s.load(ids))
const lookSaved = (ids: string[]) => savedStore().then((s) => s.load(ids))

/** Whether each id is read: false at once where nothing was ever marked here, else undefined until looked up (when idle). */
export function useReadMarks(ids: readonly string[]): (id: string) => boolean | undefined {
  const old = before[READ_HINT_KEY] === true
  // Without IndexedDB at all, the store loads at once to say (once) that marks are not kept.
  useMarks(ids, (old || typeof indexedDB === 'undefined') && lookRead)
  return (id) => store?.get(id) ?? (old ? undefined : false)
}

// What a click just asked for, shown before the saving code and the store have loaded.
const shownSaved = new Map<string, boolean>()
export const showSaved = (id: string, value: boolean) => {
  shownSaved.set(id, value)
  bump()
}
/** The store has the mark now: it speaks for it again. */
export const settleSaved = (id: string) => void shownSaved.delete(id)

/** Whether each id is saved: false at once where nothing was ever saved here, else as for read marks. */
export function useSavedMarks(ids: readonly string[]): (id: string) => boolean | undefined {
  const old = before[SAVED_HINT_KEY] === true
  useMarks(ids, old && lookSaved)
  return (id) => shownSaved.get(id) ?? saved?.get(id) ?? (old ? undefined : false)
}

/** Set once read marks cannot be kept on this device. */
export function useReadProblem(): StoreProblem | undefined {
  useSyncExternalStore(subscribe, getVersion, getVersion)
  return store?.problem()
}
