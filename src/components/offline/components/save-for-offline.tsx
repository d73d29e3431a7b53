import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ListRef } from '../../../bundle/format'
import { useT } from '../../../lib/i18n/locale'
import type { SaveProgress } from '../../../lib/offline/save-list'
import { saveList } from '../../../lib/offline/save-list'
import { messages } from '../messages'
import { isListSaved, markListSaved } from '../saved-lists'
import '../offline.css'
import { StrokeIcon } from '../../stroke-icon'

type State =
  | { kind: 'idle' }
  | { kind: 'saving'; progress: SaveProgress }
  | { kind: 'saved'; n: number }
  | { kind: 'failed'; n: number }

/** "Save for offline" for a whole list (a category, an archive day): every page, article and image. */
export function SaveForOffline({ list }: { list: ListRef }) {
  const t = useT(messages)
  const qc = useQueryClient()
  const [state, setState] = useState<State>(() =>
    isListSaved(list) ? { kind: 'saved', n: list.n } : { kind: 'idle' },
  )

  async function save() {
    setState({ kind: 'saving', progress: { done: 0, total: list.n, failed: 0 } })
    try {
      const result = await saveList(qc, list, (progress) => setState({ kind: 'saving', progress }))
      if (result.failed > 0) return setState({ kind: 'failed', n: result.failed })
      markListSaved(list)
      setState({ kind: 'saved', n: result.total })
    } catch {
      setState({ kind: 'failed', n: list.n })
    }
  }

  const saving = state.kind === 'saving'
  return (
    <div className="save-offline">
      <button
        type="button"
        className="save-offline__button"
        onClick={() => void save()}
        disabled={saving}
        aria-pressed={state.kind === 'saved'}
      >
        <StrokeIcon
          d={
            state.kind === 'saved' ? 'M5 12.5l4.5 4.5L19 7.5' : 'M12 4v11m0 0l-4-4m4 4 4-4M5 19h14'
          }
        />
        {t('save')}
      </button>
      <span className="save-offline__status" role="status" aria-live="polite">
        {saving && (
          <>
            <progress value={state.progress.done} max={state.progress.total || 1} />
            {t('saving', { done: state.progress.done, total: state.progress.total })}
          </>
        )}
        {state.kind === 'saved' && t('saved', { n: state.n })}
        {state.kind === 'failed' && t('saveFailed', { n: state.n })}
      </span>
    </div>
  )
}
