import { lazy, Suspense, useState } from 'react'
import { useLocation } from 'react-router'
import type { ListRef } from '../bundle/format'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'
import { Link } from './link'
import './list-tools.css'

// Loaded when the reader asks to mark all: the list carries only the button.
const MarkAllPanel = lazy(() =>
  import('./mark-all-panel').then((m) => ({ default: m.MarkAllPanel })),
)

const messages: Messages<'unreadOnly' | 'showAll' | 'markAll'> = {
  zh: { unreadOnly: '只看未读', showAll: '显示全部', markAll: '全部标为已读…' },
  en: { unreadOnly: 'Unread only', showAll: 'Show all', markAll: 'Mark all as read…' },
}

/** `?unread=1` shows only unread entries, on any list. */
export const isUnreadOnly = (search: string) => new URLSearchParams(search).get('unread') === '1'

interface Props {
  list: ListRef
  /** The ids on screen: "this page". */
  ids: readonly string[]
  onMarked: (message: string) => void
}

/** Above a list: the unread filter, and marking this page or the whole list read. */
export function ListTools({ list, ids, onMarked }: Props) {
  const t = useT(messages)
  const { pathname, search } = useLocation()
  const unread = isUnreadOnly(search)
  const [marking, setMarking] = useState(false)
  return (
    <div className="list-tools">
      <Link to={unread ? pathname : `${pathname}?unread=1`} className="list-tools__filter">
        {unread ? t('showAll') : t('unreadOnly')}
      </Link>
      {marking ? (
        <Suspense fallback={null}>
          <MarkAllPanel
            list={list}
            ids={ids}
            onDone={(message) => {
              setMarking(false)
              if (message) onMarked(message)
            }}
          />
        </Suspense>
      ) : (
        <button type="button" className="list-tools__button" onClick={() => setMarking(true)}>
          {t('markAll')}
        </button>
      )}
    </div>
  )
}
