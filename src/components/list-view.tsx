import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useAnnouncement } from '../lib/use-announcement'
import { useEntry } from '../lib/api/get-entry'
import { listPageQueryOptions } from '../lib/api/get-list-page'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'
import type { ListKey } from '../lib/list-context-codec'
import { encodeListContext } from '../lib/list-context-codec'
import type { ListPageParams } from '../lib/load-list'
import { ListEntry } from './list-entry'
import { useReadMarks } from '../lib/reading/use-read-marks'
import { Pagination } from './pagination'

const messages: Messages<'empty' | 'count' | 'pageOf'> = {
  zh: { empty: '这里还没有文章。', count: '共 {n} 篇', pageOf: '第 {page} / {pages} 页' },
  en: {
    empty: 'There are no articles here yet.',
    count: '{n} articles',
    pageOf: 'page {page} of {pages}',
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
  const isRead = useReadMarks(data.items.map((item) => item.id))
  const [announcement, announce] = useAnnouncement()
  return (
    <div className="list-view">
      {heading}
      {children}
      <p className="list-count">
        {t('count', { n: params.total })}
        {params.pages > 1 && ` · ${t('pageOf', { page: params.page, pages: params.pages })}`}
      </p>
      {data.items.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ol className="entries">
          {data.items.map((item) => (
            <ListEntry
              key={item.id}
              item={item}
              from={from}
              timeZone={site.timezone}
              lang={site.language}
              read={isRead(item.id)}
              onMarked={announce}
            />
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <Pagination page={params.page} pages={params.pages} href={pageHref} />
    </div>
  )
}
