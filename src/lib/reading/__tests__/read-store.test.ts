import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ReadStore } from '../read-store'
import { createReadStore } from '../read-store'
import { clearAll, exportData, importData } from '../reading-export'

let n = 0
const stores: ReadStore[] = []
const open = (name = `read-store-${++n}`) => {
  const store = createReadStore({ name })
  stores.push(store)
  return store
}
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()))
  vi.unstubAllGlobals()
})

describe('read marks', () => {
  it('are unknown until looked up, then unread until marked', async () => {
    const store = open()
    expect(store.get('a')).toBeUndefined()
    await store.load(['a', 'b'])
    expect([store.get('a'), store.get('b')]).toEqual([false, false])
  })

  it('show at once, and are kept for the next visit', async () => {
    const name = `read-store-${++n}`
    const store = open(name)
    let seen: boolean | undefined
    store.subscribe(() => (seen = store.get('a')))
    const writing = store.setRead(['a', 'b'], true)
    // On screen before the write finishes.
    expect(seen).toBe(true)
    await writing
    await store.setRead(['b'], false)
    await store.close()

    const later = open(name)
    await later.load(['a', 'b', 'c'])
    expect([later.get('a'), later.get('b'), later.get('c')]).toEqual([true, false, false])
  })

  it('made in one tab show in another', async () => {
    const name = `read-store-${++n}`
    const one = open(name)
    const two = open(name)
    await two.load(['x'])
    const heard = new Promise<void>((resolve) => two.subscribe(resolve))
    await one.setRead(['x'], true)
    await heard
    expect(two.get('x')).toBe(true)
  })

  it('still show without IndexedDB, and say once that they are not kept', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const store = open()
    await store.load(['a'])
    expect(store.problem()).toBe('unavailable')
    await store.setRead(['a'], true)
    expect(store.get('a')).toBe(true)
  })

  it('are not overwritten by a lookup that was already on its way', async () => {
    const store = open()
    const lookup = store.load(['a'])
    await store.setRead(['a'], true)
    await lookup
    expect(store.get('a')).toBe(true)
  })
})

describe('export and import', () => {
  it('merge an import, newer records winning, and say what was new', async () => {
    const store = open()
    await store.setRead(['a'], true)
    const added = await importData(store, {
      read: [
        { id: 'a', at: 1 },
        { id: 'b', at: 2 },
      ],
      history: [{ id: 'b', at: 2, title: 'B', date: '2022-01-01T00:00:00.000Z' }],
      saved: [{ id: 'c', at: 3, title: 'C', date: '2022-01-01T00:00:00.000Z' }],
      progress: [],
    })
    expect(added).toEqual({ read: 1, history: 1, saved: 1, progress: 0 })
    expect((await exportData(store)).saved.map((e) => e.id)).toEqual(['c'])
    const data = await exportData(store)
    expect(data.read.map((m) => m.id).sort()).toEqual(['a', 'b'])
    // The mark made here is newer than the imported one and stays.
    expect(data.read.find((m) => m.id === 'a')!.at).toBeGreaterThan(1)
    expect(store.get('b')).toBe(true)
    await clearAll(store)
    expect(await exportData(store)).toEqual({ read: [], history: [], saved: [], progress: [] })
    expect(store.get('a')).toBe(false)
  })
})
