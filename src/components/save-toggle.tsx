import { useQueryClient } from '@tanstack/react-query'
import { useT } from '../lib/i18n/locale'
import { readingMessages as messages } from '../lib/reading/messages'
import type { SavedEntry } from '../lib/reading/reading-db'
import { savedStore, showSaved } from '../lib/reading/use-read-marks'

interface Props {
  entry: Omit<SavedEntry, 'at'>
  saved: boolean | undefined
  /** Names the article in the button's accessible name, where several buttons share a page. */
  withTitle?: boolean
  onMarked: (message: string) => void
  className?: string
  /** Shows the word beside the star. */
  labelled?: boolean
}

const loadActions = () => import('../lib/reading/save-actions')

/** Saves an article (and keeps it for offline reading), or unsaves it with an undo. A toggle button: aria-pressed. */
export function SaveToggle({ entry, saved, withTitle, onMarked, className, labelled }: Props) {
  const t = useT(messages)
  const qc = useQueryClient()
  const label = withTitle ? t('saveOf', { title: entry.title }) : t('save')
  const toggle = async () => {
    // Stamped at the click: saves made in quick succession list in the order they were clicked, whatever order their loading settles in.
    const at = Date.now()
    showSaved(entry.id, !saved)
    // An unsave is told by its toast, which offers the undo.
    if (!saved) onMarked(t('saved'))
    const { saveArticle, unsaveWithUndo } = await loadActions()
    if (saved)
      return unsaveWithUndo(qc, entry, { unsaved: t('unsaved'), undo: t('undo') }, () =>
        onMarked(t('saved')),
      )
    await saveArticle(qc, { ...entry, at })
  }
  return (
    <button
      type="button"
      className={['save-toggle', className].filter(Boolean).join(' ')}
      aria-pressed={saved === true}
      aria-label={labelled ? undefined : label}
      onPointerDown={() => void Promise.all([loadActions(), savedStore()])}
      onClick={() => void toggle()}
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 20 20">
        <path
          d="M10 2.5l2.3 4.9 5.2.6-3.9 3.6 1.1 5.2L10 14.2l-4.7 2.6 1.1-5.2-3.9-3.6 5.2-.6z"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      {labelled && <span>{saved ? t('saved') : t('save')}</span>}
    </button>
  )
}
