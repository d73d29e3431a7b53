import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { ArticleSummary, ListRef } from '../bundle/format'
import { PAGE_SIZE } from '../bundle/format'
import { pageCount } from '../bundle/paths'
import { listPageQueryOptions } from '../lib/api/get-list-page'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'
import { readStore, useReadMarks, useSavedMarks } from '../lib/reading/use-read-marks'
import { ListEntry } from './list-entry'
import './pill-button.css'

const messages: Messages<'none' | 'more' | 'end' | 'looking' | 'checked' | 'failed' | 'retry'> = {
  zh: {
    none: '这里没有未读文章。',
    more: '更多未读文章',
    end: '没有更多未读文章了。',
    looking: '正在查找未读文章…',
    checked: '已查看 {n} / {total} 篇。',
    failed: '没能读到列表的下一页。',
    retry: '重试',
  },
  en: {
    none: 'There are no unread articles here.',
    more: 'More unread articles',
    end: 'No more unread articles.',
    looking: 'Looking for unread articles…',
    checked: 'Checked {n} of {total}.',
    failed: 'Could not read the next page of the list.',
    retry: 'Retry',
  },
}

/** Pages looked through per step at most, so that a list read to the end never stalls the page. */
const SCAN_PAGES = 10

interface Scan {
  items: ArticleSummary[]
  /** The next list page to look at. */
  next: number
  busy: boolean
  failed: boolean
}

interface Props {
  list: ListRef
  from: string
  timeZone: string
  lang: string
  onMarked: (message: string) => void
}

/**
 * A list's unread entries, found page by page: each page's marks are looked up by key (a page
 * costs its own size), and entries read meanwhile stay shown, quietly, until the next visit.
 */
export function UnreadEntries({ list, from, timeZone, lang, onMarked }: Props) {
  const t = useT(messages)
  const qc = useQueryClient()
  const pages = pageCount(list, PAGE_SIZE)
  const [scan, setScan] = useState<Scan>({ items: [], next: 1, busy: true, failed: false })
  const started = useRef(false)

  const more = async (last: Scan) => {
    setScan({ ...last, busy: true, failed: false })
    const store = await readStore()
    const found = [...last.items]
    let next = last.next
    try {
      for (let looked = 0; looked < SCAN_PAGES && next <= pages; looked++, next++) {
        const { items } = await qc.fetchQuery(listPageQueryOptions(list, next))
        await store.load(items.map((item) => item.id))
        found.push(...items.filter((item) => !store.get(item.id)))
        if (found.length - last.items.length >= PAGE_SIZE) {
          next++
          break
        }
      }
      setScan({ items: found, next, busy: false, failed: false })
    } catch {
      setScan({ items: found, next, busy: false, failed: true })
    }
  }
  useEffect(() => {
    if (started.current) return
    started.current = true
    void more({ items: [], next: 1, busy: true, failed: false })
  })

  const ids = scan.items.map((item) => item.id)
  const isRead = useReadMarks(ids)
  const isSaved = useSavedMarks(ids)
  const done = scan.next > pages
  const checked = Math.min(list.n, (scan.next - 1) * PAGE_SIZE)
  return (
    <>
      {scan.items.length > 0 && (
        <ol className="entries">
          {scan.items.map((item) => (
            <ListEntry
              key={item.id}
              item={item}
              from={from}
              timeZone={timeZone}
              lang={lang}
              read={isRead(item.id)}
              saved={isSaved(item.id)}
              onMarked={onMarked}
            />
          ))}
        </ol>
      )}
      <div className="unread-more" aria-live="polite">
        {scan.busy ? (
          <p>{t('looking')}</p>
        ) : scan.failed ? (
          <p>
            {t('failed')}{' '}
            <button type="button" className="list-tools__button" onClick={() => void more(scan)}>
              {t('retry')}
            </button>
          </p>
        ) : done ? (
          <p>{scan.items.length === 0 ? t('none') : t('end')}</p>
        ) : (
          <p>
            {t('checked', { n: checked, total: list.n })}{' '}
            <button type="button" className="pill-button" onClick={() => void more(scan)}>
              {t('more')}
            </button>
          </p>
        )}
      </div>
    </>
  )
}
