import { useSyncExternalStore } from 'react'

export type Theme = 'system' | 'light' | 'sepia' | 'dark'
export const THEMES: Theme[] = ['system', 'light', 'sepia', 'dark']
export const FONT_SIZES = [15, 17, 19, 21] as const
export type FontSize = (typeof FONT_SIZES)[number]
export const DEFAULT_FONT_SIZE: FontSize = 17

import { readStored, STORAGE_KEYS, writeStored } from '../../lib/core/settings-storage'

const listeners = new Set<() => void>()
const notify = () => listeners.forEach((l) => l())

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEYS.theme || e.key === STORAGE_KEYS.fontSize) {
      applyFromStorage()
      listener()
    }
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

const html = () => document.documentElement

export function getTheme(): Theme {
  const v = html().dataset.theme
  return THEMES.includes(v as Theme) ? (v as Theme) : 'system'
}

export function getFontSize(): FontSize {
  const v = Number(html().dataset.fontSize)
  return (FONT_SIZES as readonly number[]).includes(v) ? (v as FontSize) : DEFAULT_FONT_SIZE
}

/** The html attributes are the source of truth: boot.js set them before the first paint. */
function applyFromStorage() {
  const theme = readStored(STORAGE_KEYS.theme)
  const size = readStored(STORAGE_KEYS.fontSize)
  if (theme) html().dataset.theme = theme
  else delete html().dataset.theme
  if (size) html().dataset.fontSize = size
  else delete html().dataset.fontSize
}

export function setTheme(theme: Theme) {
  writeStored(STORAGE_KEYS.theme, theme === 'system' ? null : theme)
  if (theme === 'system') delete html().dataset.theme
  else html().dataset.theme = theme
  notify()
}

export function setFontSize(size: FontSize) {
  writeStored(STORAGE_KEYS.fontSize, size === DEFAULT_FONT_SIZE ? null : String(size))
  if (size === DEFAULT_FONT_SIZE) delete html().dataset.fontSize
  else html().dataset.fontSize = String(size)
  notify()
}

export const useTheme = () => useSyncExternalStore(subscribe, getTheme, () => 'system' as Theme)
export const useFontSize = () =>
  useSyncExternalStore(subscribe, getFontSize, () => DEFAULT_FONT_SIZE)
