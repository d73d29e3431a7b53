import { Link } from '../../../components/link'
import type { ArticleSummary } from '../../../bundle/format'
import { useLocale, useT } from '../../../lib/i18n/locale'
import type { ListContext } from '../../../lib/list-context'
import { encodeListContext } from '../../../lib/list-context'
import { paths } from '../../../lib/core/paths'
import type { ListNeighbours } from '../api/get-list-neighbours'
import { messages } from '../../../lib/article-core/messages'

function Neighbour(props: { item: ArticleSummary; rel: 'prev' | 'next'; from: string }) {
  const t = useT(messages)
  const { item, rel, from } = props
  return (
    <Link
      className={`article-neighbour article-neighbour--${rel}`}
      to={paths.article(item.id, from)}
      rel={rel}
    >
      <span className="article-neighbour__dir">{t(rel === 'prev' ? 'previous' : 'next')}</span>
      <span className="article-neighbour__title">{item.title}</span>
    </Link>
  )
}

/** "In 新浪财经 · 3 of 57" and the articles either side, linked with the same list context. */
export function ArticleNeighbours({ data }: { data: ListNeighbours }) {
  const t = useT(messages)
  const { locale } = useLocale()
  const { position, label } = data
  if (!position) return null
  const from = encodeListContext(data.context satisfies ListContext)
  const fmt = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en')
  return (
    <nav className="article-neighbours" aria-label={t('neighbours')}>
      <p className="article-neighbours__where">
        <Link to={data.href}>
          {t('listPosition', {
            label,
            index: fmt.format(position.index),
            total: fmt.format(position.total),
          })}
        </Link>
      </p>
      <div className="article-neighbours__links">
        {position.previous && <Neighbour item={position.previous} rel="prev" from={from} />}
        {position.next && <Neighbour item={position.next} rel="next" from={from} />}
      </div>
    </nav>
  )
}
