import { useLocation } from 'react-router'
import { Link } from '../components/link'
import { PageHeading } from '../components/page-heading'
import type { Messages } from '../lib/i18n/locale'
import { useT } from '../lib/i18n/locale'
import type { NotFoundData, NotFoundReason } from '../lib/not-found'
import { paths } from '../lib/core/paths'

const messages: Messages<NotFoundReason | 'title' | 'latest' | 'archive' | 'first'> = {
  zh: {
    title: '找不到这一页',
    path: '这个网址不对应任何页面，它可能来自旧站点，或者输入有误。',
    category: '没有这个分类。它可能已被改名，或者网址有误。',
    tag: '没有这个标签。它可能已被改名，或者网址有误。',
    date: '这一天（或这个月、这一年）没有文章。',
    page: '这个列表没有这一页。',
    article: '找不到这篇文章，它可能已被删除。',
    latest: '回到最新文章',
    archive: '按日期浏览归档',
    first: '回到列表第一页',
  },
  en: {
    title: 'Page not found',
    path: 'This address matches no page. It may come from the old site, or it may be mistyped.',
    category: 'There is no such category. It may have been renamed, or the address is mistyped.',
    tag: 'There is no such tag. It may have been renamed, or the address is mistyped.',
    date: 'There are no articles for that date.',
    page: 'This list has no such page.',
    article: 'This article could not be found; it may have been removed.',
    latest: 'Back to the latest articles',
    archive: 'Browse the archive by date',
    first: 'Go to the first page of the list',
  },
}

/** A helpful 404 inside the layout: what was not found and where to go instead. */
export function NotFoundPage({ data }: { data?: NotFoundData }) {
  const t = useT(messages)
  const { pathname, search } = useLocation()
  const reason = data?.reason ?? 'path'
  return (
    <section className="not-found">
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <p>{t(reason)}</p>
      <p className="not-found-path">
        <code>{decodeSafely(pathname)}</code>
      </p>
      <ul className="not-found-links">
        {data?.back && data.back !== pathname + search && (
          <li>
            <Link to={data.back}>{t('first')}</Link>
          </li>
        )}
        <li>
          <Link to={paths.home()}>{t('latest')}</Link>
        </li>
        <li>
          <Link to={paths.archive()}>{t('archive')}</Link>
        </li>
      </ul>
    </section>
  )
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
