import { useT } from '../lib/i18n/locale'
import { readingMessages as messages } from '../lib/reading/messages'
import { readStore, setRead } from '../lib/reading/use-read-marks'

interface Props {
  id: string
  /** Undefined until looked up: treated as unread, as most entries are. */
  read: boolean | undefined
  /** Names the article in the button's accessible name, where several buttons share a page. */
  title?: string
  /** What to announce once marked ("已标记为已读"). */
  onMarked: (message: string) => void
  className?: string
}

/** Marks one article read or unread. */
export function ReadToggle({ id, read, title, onMarked, className }: Props) {
  const t = useT(messages)
  const label = read ? t('markUnread') : t('markRead')
  return (
    <button
      type="button"
      className={['read-toggle', className].filter(Boolean).join(' ')}
      aria-label={title ? t(read ? 'markUnreadOf' : 'markReadOf', { title }) : undefined}
      // The store's code starts loading as the finger or button goes down.
      onPointerDown={() => void readStore()}
      onClick={() => {
        void setRead([id], !read)
        onMarked(read ? t('markedUnread') : t('markedRead'))
      }}
    >
      {label}
    </button>
  )
}

/** An entry's read state for styling (`data-read`); absent until looked up. */
export const readAttribute = (read: boolean | undefined) =>
  read === undefined ? undefined : String(read)
