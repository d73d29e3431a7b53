import { useEffect, useSyncExternalStore } from 'react'
import type { HistoryEntry } from './reading-db'
import type { ReadStore, StoreProblem } from './read-store'

// The store and IndexedDB load when a list first asks, after the page has painted: the home
// page's first paint never waits for them.
let store: ReadStore | undefined
let loading: Promise<ReadStore> | undefined
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
    store = m.createReadStore({ name: m.readingDbName(import.meta.env.BASE_URL) })
    store.subscribe(bump)
    bump()
    return store
  })
  return loading
}

export const setRead = (ids: readonly string[], read: boolean) =>
  readStore().then((s) => s.setRead(ids, read))

/** The reader has read this article: it is marked read and goes into the history. */
export const recordReading = (entry: Omit<HistoryEntry, 'at'>) =>
  readStore().then((s) => Promise.all([s.setRead([entry.id], true), s.addHistory(entry)]))

const whenIdle = (run: () => void) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 50)
    return () => clearTimeout(timer)
  }
  const handle = requestIdleCallback(run, { timeout: 1000 })
  return () => cancelIdleCallback(handle)
}

/** Whether each id is read: undefined until looked up, which waits for an idle moment. */
export function useReadMarks(ids: readonly string[]): (id: string) => boolean | undefined {
  useSyncExternalStore(subscribe, getVersion, getVersion)
  const key = ids.join('\n')
  useEffect(() => {
    if (!key) return
    return whenIdle(() => void readStore().then((s) => s.load(key.split('\n'))))
  }, [key])
  return (id) => store?.get(id)
}

/** Set once read marks cannot be kept on this device. */
export function useReadProblem(): StoreProblem | undefined {
  useSyncExternalStore(subscribe, getVersion, getVersion)
  return store?.problem()
}
