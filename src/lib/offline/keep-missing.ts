import type { QueryClient } from '@tanstack/react-query'
import type { SavedEntry } from '../reading/reading-db'
import { savedStore } from '../reading/use-read-marks'
import { isKept, keepArticle } from './keep-article'

// One pass at a time: /saved asks again whenever its list is read again, mid-pass included.
let running: Promise<void> | undefined

/**
 * Keeps again the saved articles whose offline copy is missing: a page reloaded between a save and
 * its copy, or a browser that cleared the cache. Online only, one article at a time; an article
 * unsaved meanwhile is left alone. A call during a pass joins it.
 */
export function keepMissing(qc: QueryClient, entries: readonly SavedEntry[]): Promise<void> {
  running ??= pass(qc, entries).finally(() => (running = undefined))
  return running
}

async function pass(qc: QueryClient, entries: readonly SavedEntry[]) {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false
  if (entries.length === 0 || offline) return
  const store = await savedStore()
  for (const { id, thumbnail } of entries) {
    // Asked after the check, which awaits: the reader may unsave meanwhile.
    if (!(await isKept(qc, id)) && store.get(id) !== false) await keepArticle(qc, id, thumbnail)
  }
}
