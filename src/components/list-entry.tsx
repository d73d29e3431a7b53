import { Link } from './link'
import type { ArticleSummary } from '../bundle/format'
import { EntryDate } from './entry-date'
import { paths } from '../lib/core/paths'
import { Thumbnail } from './thumbnail'

interface Props {
  item: ArticleSummary
  /** Encoded list context, carried to the article for previous/next. */
  from: string
  timeZone: string
  /** The content's language, which can differ from the interface's. */
  lang: string
}

export function ListEntry({ item, from, timeZone, lang }: Props) {
  const category = item.categories[0]
  const href = paths.article(item.id, from)
  return (
    <li className="entry">
      <article className="entry-body">
        <h2 className="entry-title" lang={lang}>
          <Link to={href}>{item.title}</Link>
        </h2>
        {item.excerpt && (
          <p className="entry-excerpt" lang={lang}>
            {item.excerpt}
          </p>
        )}
        <p className="entry-meta">
          {item.author && <span>{item.author}</span>}
          <EntryDate iso={item.date} timeZone={timeZone} estimated={item.dateEstimated} />
          {category && category.length > 0 && (
            <Link to={paths.category(category)}>{category.at(-1)}</Link>
          )}
        </p>
      </article>
      {item.thumbnail && <Thumbnail src={item.thumbnail} href={href} />}
    </li>
  )
}
