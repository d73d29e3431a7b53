import type { ListRef } from '../../bundle/format'

const KEY = 'broadsheet.savedLists'
/** Oldest marks drop off first; the worker's cache caps are what really bound storage. */
const MAX_MARKS = 200

/** A list's identity: its content hash and its window, so a changed list is not "saved". */
export const listKey = (list: ListRef) => `${list.h}:${list.start ?? 0}:${list.n}`

function read(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

export const isListSaved = (list: ListRef) => read().includes(listKey(list))

export function markListSaved(list: ListRef): void {
  const key = listKey(list)
  const marks = [...read().filter((k) => k !== key), key].slice(-MAX_MARKS)
  try {
    localStorage.setItem(KEY, JSON.stringify(marks))
  } catch {
    // Storage full or disabled: the files are cached all the same, only the mark is lost.
  }
}
