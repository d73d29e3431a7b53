import type { RefObject } from 'react'
import { useEffect, useRef } from 'react'
import { useAnnouncement } from '../../../lib/use-announcement'
import { ReadToggle } from '../../../components/read-toggle'
import { createReadDetection } from '../../../lib/reading/read-detection'
import type { ReadDetection } from '../../../lib/reading/read-detection'
import type { Article } from '../../../bundle/format'
import { recordReading, useReadMarks, useSavedMarks } from '../../../lib/reading/use-read-marks'
import { SaveToggle } from '../../../components/save-toggle'
import { savedEntry } from '../../../components/list-entry'
import { useContinueReading } from './continue-reading'

/**
 * Saves the article; remembers where a long one was left; marks it read once it has been read (in view for a few seconds, or its end reached),
 * and offers to mark it read or unread. `end` is the element after the body.
 */
export function ArticleReadState({
  article,
  end,
}: {
  article: Article
  end: RefObject<HTMLElement | null>
}) {
  const { id, title, date } = article
  const category = article.categories[0]
  const isRead = useReadMarks([id])
  const read = isRead(id)
  const saved = useSavedMarks([id])(id)
  useContinueReading(article)
  const [announcement, announce] = useAnnouncement()
  const detection = useRef<ReadDetection>(undefined)

  useEffect(() => {
    const visible = () => document.visibilityState === 'visible'
    const found = createReadDetection(
      () =>
        void recordReading({ id, title, date, ...(category ? { category: [...category] } : {}) }),
      { visible: visible() },
    )
    detection.current = found
    const onVisibility = () => found.setVisible(visible())
    document.addEventListener('visibilitychange', onVisibility)
    const target = end.current
    const observer =
      target && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => {
            if (entries.some((e) => e.isIntersecting)) found.reachedEnd()
          })
        : undefined
    if (target) observer?.observe(target)
    return () => {
      found.stop()
      observer?.disconnect()
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [id, title, date, category, end])

  const thumbnail = article.headImage?.src
  const entry = savedEntry({ ...article, ...(thumbnail ? { thumbnail } : {}) })
  return (
    <>
      <SaveToggle
        entry={entry}
        saved={saved}
        labelled
        className="pill-button"
        onMarked={announce}
      />
      <ReadToggle
        id={id}
        read={read}
        className="pill-button"
        onMarked={(message) => {
          // Marked by hand: this visit detects nothing more, so "unread" stays unread.
          detection.current?.stop()
          announce(message)
        }}
      />
      <span className="visually-hidden" role="status">
        {announcement}
      </span>
    </>
  )
}
