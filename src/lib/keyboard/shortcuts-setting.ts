import { useSyncExternalStore } from 'react'
import { readStored, STORAGE_KEYS, writeStored } from '../core/settings-storage'

// On unless switched off in Settings; other tabs follow through the storage event.
const listeners = new Set<() => void>()

export const shortcutsEnabled = () => readStored(STORAGE_KEYS.shortcuts) !== 'off'

export function setShortcutsEnabled(on: boolean) {
  writeStored(STORAGE_KEYS.shortcuts, on ? null : 'off')
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => e.key === STORAGE_KEYS.shortcuts && listener()
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export const useShortcutsEnabled = () =>
  useSyncExternalStore(subscribe, shortcutsEnabled, () => true)
