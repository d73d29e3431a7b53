import { useSyncExternalStore } from 'react'
import { readStored, writeStored } from '../../lib/core/settings-storage'

/**
 * A thin space between Chinese and Latin letters or digits, drawn by the browser (CSS
 * `text-autospace`, see base.css): the text itself is never changed, so code, links and copied
 * text stay as written. Off unless chosen; public/boot.js reads the key before the first paint.
 */
const KEY = 'broadsheet.spacing'
const ATTRIBUTE = 'data-spacing'

/** Browsers without `text-autospace` (Firefox, for now) are not offered the setting. */
export const spacingSupported = () =>
  typeof CSS !== 'undefined' && CSS.supports('text-autospace', 'normal')

const listeners = new Set<() => void>()
const spacingOn = () => document.documentElement.hasAttribute(ATTRIBUTE)

function apply(on: boolean) {
  document.documentElement.toggleAttribute(ATTRIBUTE, on)
  listeners.forEach((listener) => listener())
}

export function setSpacing(on: boolean) {
  writeStored(KEY, on ? '1' : null)
  apply(on)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => e.key === KEY && apply(readStored(KEY) === '1')
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export const useSpacing = () => useSyncExternalStore(subscribe, spacingOn, () => false)
