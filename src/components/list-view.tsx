import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { lazy, Suspense } from 'react'
import { useLocation } from 'react-router'
import { useAnnouncement } from '../lib/use-announcement'
import { useEntry } from '../lib/api/get-entry'
import { listPageQueryOptions } from '../lib/api/get-list-page'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'
import type { ListKey } from '../lib/list-context-codec'
import { encodeListContext } from '../lib/list-context-codec'
import type { ListPageParams } from '../lib/load-list'
import { ListEntry } from './list-entry'
import { useReadMarks, useSavedMarks } from '../lib/reading/use-read-marks'
import { Pagination } from './pagination'
import { isUnreadOnly, ListTools } from './list-tools'

// The unread filter's list loads when asked for (`?unread=1`).
const UnreadEntries = lazy(() =>
  import('./unread-entries').then((m) => ({ default: m.UnreadEntries })),
)

const messages: Messages<'empty' | 'count' | 'pageOf' | 'unread'> = {
  zh: {
    empty: '这里还没有文章。',
    count: '共 {n} 篇',
    pageOf: '第 {page} / {pages} 页',
    unread: '只显示未读',
  },
  en: {
    empty: 'There are no articles here yet.',
    count: '{n} articles',
    pageOf: 'page {page} of {pages}',
    unread: 'unread only',
  },
}

interface Props {
  params: ListPageParams
  context: ListKey
  pageHref: (page: number) => string
  /** Above the list, under the heading: breadcrumbs, a calendar. */
  children?: ReactNode
  heading: ReactNode
}

/** A list page: heading, count, entries, pagination. The loader has put the page in the cache. */
export function ListView({ params, context, pageHref, heading, children }: Props) {
  const t = useT(messages)
  const { site } = useEntry()
  const { data } = useSuspenseQuery(listPageQueryOptions(params.list, params.page))
  const from = encodeListContext({ ...context, page: params.page })
  const ids = data.items.map((item) => item.id)
  const isRead = useReadMarks(ids)
  const isSaved = useSavedMarks(ids)
  const [announcement, announce] = useAnnouncement()
  const unread = isUnreadOnly(useLocation().search)
  const shared = { from, timeZone: site.timezone, lang: site.language, onMarked: announce }
  return (
    <div className="list-view">
      {heading}
      {children}
      <p className="list-count">
        {t('count', { n: params.total })}
        {unread
          ? ` · ${t('unread')}`
          : params.pages > 1 && ` · ${t('pageOf', { page: params.page, pages: params.pages })}`}
      </p>
      {params.total > 0 && <ListTools list={params.list} ids={ids} onMarked={announce} />}
      {unread ? (
        <Suspense fallback={null}>
          <UnreadEntries list={params.list} {...shared} />
        </Suspense>
      ) : data.items.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ol className="entries">
          {data.items.map((item) => (
            <ListEntry
              key={item.id}
              item={item}
              read={isRead(item.id)}
              saved={isSaved(item.id)}
              {...shared}
            />
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {!unread && <Pagination page={params.page} pages={params.pages} href={pageHref} />}
    </div>
  )
}
