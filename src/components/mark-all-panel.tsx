import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { ListRef } from '../bundle/format'
import { PAGE_SIZE } from '../bundle/format'
import { pageCount } from '../bundle/paths'
import { listPageQueryOptions } from '../lib/api/get-list-page'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'
import { setRead } from '../lib/reading/use-read-marks'
import './pill-button.css'
import './confirm-button.css'

const messages: Messages<'question' | 'page' | 'list' | 'cancel' | 'working' | 'done' | 'failed'> =
  {
    zh: {
      question: '把哪些文章标为已读？',
      page: '本页 {n} 篇',
      list: '整个列表 {n} 篇',
      cancel: '取消',
      working: '正在标记：{done} / {n}',
      done: '已将 {n} 篇标为已读',
      failed: '没能读到整个列表，什么也没有标记。请稍后再试。',
    },
    en: {
      question: 'Which articles should be marked as read?',
      page: 'This page ({n})',
      list: 'The whole list ({n})',
      cancel: 'Cancel',
      working: 'Marking: {done} of {n}',
      done: 'Marked {n} articles as read',
      failed: 'Could not read the whole list, so nothing was marked. Please try again later.',
    },
  }

/** Pages read at once while collecting a whole list's ids. */
const CONCURRENCY = 6

interface Props {
  list: ListRef
  ids: readonly string[]
  /** Closed: with what to announce, or nothing when cancelled. */
  onDone: (message?: string) => void
}

/** The choice (and so the confirmation) for "mark all as read": this page or the whole list. */
export function MarkAllPanel({ list, ids, onDone }: Props) {
  const t = useT(messages)
  const qc = useQueryClient()
  const first = useRef<HTMLButtonElement>(null)
  const [progress, setProgress] = useState<{ done: number } | 'failed'>()
  useEffect(() => first.current?.focus(), [])

  const mark = async (all: readonly string[]) => {
    await setRead(all, true)
    onDone(t('done', { n: all.length }))
  }
  const markList = async () => {
    const pages = pageCount(list, PAGE_SIZE)
    const found: string[][] = []
    let next = 1
    let done = 0
    setProgress({ done })
    const worker = async () => {
      for (let page = next++; page <= pages; page = next++) {
        const data = await qc.fetchQuery(listPageQueryOptions(list, page))
        found[page - 1] = data.items.map((item) => item.id)
        done += data.items.length
        setProgress({ done })
      }
    }
    try {
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, pages) }, worker))
    } catch {
      // All or nothing: a list half marked would look finished.
      return setProgress('failed')
    }
    await mark(found.flat())
  }

  return (
    <div className="confirm-button mark-all" role="group" aria-label={t('question')}>
      <p>{t('question')}</p>
      {progress === undefined ? (
        <>
          <button ref={first} type="button" className="pill-button" onClick={() => void mark(ids)}>
            {t('page', { n: ids.length })}
          </button>
          {list.n > ids.length && (
            <button type="button" className="pill-button" onClick={() => void markList()}>
              {t('list', { n: list.n })}
            </button>
          )}
        </>
      ) : (
        // Progress is shown, not spoken: the list's status says the outcome.
        <p>
          {progress === 'failed' ? t('failed') : t('working', { done: progress.done, n: list.n })}
        </p>
      )}
      <button type="button" className="pill-button" onClick={() => onDone()}>
        {t('cancel')}
      </button>
    </div>
  )
}
