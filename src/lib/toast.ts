import { useSyncExternalStore } from 'react'

/** A short message at the foot of the screen, with at most one action ("撤销"). */
export interface Toast {
  message: string
  action?: { label: string; run: () => void }
}

let current: Toast | undefined
const listeners = new Set<() => void>()
const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
const get = () => current

/** Shows a toast (a new one replaces the last); undefined takes it away. */
export function showToast(toast: Toast | undefined) {
  // A fresh object each time: the same words again are a new toast, and restart its clock.
  current = toast && { ...toast }
  listeners.forEach((listener) => listener())
}

export const useToast = () => useSyncExternalStore(subscribe, get, get)
