import { Link } from './link'
import type { ArticleSummary } from '../bundle/format'
import { EntryDate } from './entry-date'
import { paths } from '../lib/core/paths'
import { Thumbnail } from './thumbnail'
import { ReadToggle, readAttribute } from './read-toggle'
import { SaveToggle } from './save-toggle'

interface Props {
  item: ArticleSummary
  /** Encoded list context, carried to the article for previous/next. */
  from: string
  timeZone: string
  /** The content's language, which can differ from the interface's. */
  lang: string
  /** Undefined until the read marks are looked up (after the first paint). */
  read: boolean | undefined
  saved: boolean | undefined
  onMarked: (message: string) => void
}

export function ListEntry({ item, from, timeZone, lang, read, saved, onMarked }: Props) {
  const category = item.categories[0]
  const href = paths.article(item.id, from)
  // Unread entries get a dot and full weight, read ones a quieter title: not colour alone.
  return (
    <li className="entry" data-read={readAttribute(read)}>
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
          {/* In a span: the separator before it is not part of the link or of its focus ring. */}
          {category && category.length > 0 && (
            <span>
              <Link to={paths.category(category)}>{category.at(-1)}</Link>
            </span>
          )}
          <span className="entry-actions">
            <ReadToggle id={item.id} read={read} title={item.title} onMarked={onMarked} />
            <SaveToggle entry={savedEntry(item)} saved={saved} withTitle onMarked={onMarked} />
          </span>
        </p>
      </article>
      {item.thumbnail && <Thumbnail src={item.thumbnail} href={href} />}
    </li>
  )
}

/** What /saved keeps of a list entry. */
export const savedEntry = ({
  id,
  title,
  date,
  categories,
  thumbnail,
}: Pick<ArticleSummary, 'id' | 'title' | 'date' | 'categories' | 'thumbnail'>) => ({
  id,
  title,
  date,
  ...(categories[0] ? { category: [...categories[0]] } : {}),
  ...(thumbnail ? { thumbnail } : {}),
})
