import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { PageHeading } from '../../../components/page-heading'
import { useT } from '../../../lib/i18n/locale'
import { HISTORY_LIMIT, clearHistory, historyQueryOptions, useHistory } from '../api/get-history'
import { HistoryList } from '../components/history-list'
import { messages } from '../messages'
import { ConfirmButton } from '../../../components/confirm-button'
import '../history.css'

const fold = (text: string) => text.normalize('NFKC').toLowerCase()

/** `/history`: what was read on this device, by day, with a find-within and "clear history". */
export function Component() {
  const t = useT(messages)
  const queryClient = useQueryClient()
  const { data } = useHistory()
  const [q, setQ] = useState('')
  const [status, setStatus] = useState('')
  const entries = (data?.entries ?? []).filter((e) => fold(e.title).includes(fold(q.trim())))
  const clear = async () => {
    await clearHistory()
    setStatus(t('cleared'))
    await queryClient.invalidateQueries(historyQueryOptions())
  }
  return (
    <div className="history-page">
      <PageHeading title={t('heading')}>{t('heading')}</PageHeading>
      {data && data.entries.length > 0 && (
        <div className="history-tools">
          <input
            type="search"
            className="history-filter"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-label={t('filter')}
            placeholder={t('filter')}
          />
          <ConfirmButton
            label={t('clear')}
            question={t('confirmClear')}
            confirm={t('confirm')}
            cancel={t('cancel')}
            onConfirm={() => void clear()}
          />
        </div>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {data && data.entries.length === 0 && <p className="empty">{t('empty')}</p>}
      {data && data.entries.length > 0 && entries.length === 0 && (
        <p className="empty">{t('noMatch', { q: q.trim() })}</p>
      )}
      <HistoryList entries={entries} />
      {data?.more && <p className="history-more">{t('more', { n: HISTORY_LIMIT })}</p>}
    </div>
  )
}
