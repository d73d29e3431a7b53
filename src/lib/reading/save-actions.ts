import type { QueryClient } from '@tanstack/react-query'
import { keepArticle, releaseArticle } from '../offline/keep-article'
import type { SavedEntry } from './reading-db'
import { showToast } from '../toast'
import { savedStore, settleSaved, showSaved } from './use-read-marks'

// Loaded at the first save or unsave: the lists only carry the button.

const PERSIST_ASKED = 'broadsheet.persistAsked'

/** The first save asks the browser to keep this site's data through storage pressure. */
function askToPersist() {
  try {
    if (localStorage.getItem(PERSIST_ASKED)) return
    localStorage.setItem(PERSIST_ASKED, '1')
  } catch {
    return
  }
  void navigator.storage?.persist?.().catch(() => false)
}

/** Saves an article (a click passes its time, an undo its old `at`, so each goes where it belongs) and keeps it for offline reading. */
export async function saveArticle(
  qc: QueryClient,
  entry: Omit<SavedEntry, 'at'> & { at?: number },
) {
  const store = await savedStore()
  const writing = store.save(entry)
  askToPersist()
  await writing
  settleSaved(entry.id)
  await keepArticle(qc, entry.id, entry.thumbnail)
}

/** Unsaves an article, and offers in a toast to put it back where it was. */
export async function unsaveWithUndo(
  qc: QueryClient,
  entry: Omit<SavedEntry, 'at'>,
  words: { unsaved: string; undo: string },
  onUndone: () => void,
) {
  const record = await (await savedStore()).unsave(entry.id)
  settleSaved(entry.id)
  void releaseArticle(qc, entry.id, record?.thumbnail)
  showToast({
    message: words.unsaved,
    action: {
      label: words.undo,
      run: () => {
        showSaved(entry.id, true)
        onUndone()
        void saveArticle(qc, record ?? entry)
      },
    },
  })
}
