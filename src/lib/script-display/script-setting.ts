import { useSyncExternalStore } from 'react'
import { readStored, writeStored } from '../core/settings-storage'

/**
 * How Chinese text is shown: as written, or converted to Simplified or Traditional characters.
 * The choice is `data-script` on <html> (public/boot.js sets it before the first paint from this
 * key); the converter loads only when a conversion is chosen.
 */
export type ScriptChoice = 'written' | 'hans' | 'hant'
export const SCRIPT_CHOICES: ScriptChoice[] = ['written', 'hans', 'hant']
const KEY = 'broadsheet.script'

const listeners = new Set<() => void>()

export function getScript(): ScriptChoice {
  const value = document.documentElement.dataset.script
  return value === 'hans' || value === 'hant' ? value : 'written'
}

export async function setScript(choice: ScriptChoice) {
  writeStored(KEY, choice === 'written' ? null : choice)
  if (choice === 'written') delete document.documentElement.dataset.script
  else document.documentElement.dataset.script = choice
  listeners.forEach((listener) => listener())
  const { showScript } = await import('./convert-page')
  await showScript(choice)
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY) return
    const value = readStored(KEY)
    void setScript(value === 'hans' || value === 'hant' ? value : 'written')
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

export const useScript = () => useSyncExternalStore(subscribe, getScript, () => 'written' as const)
