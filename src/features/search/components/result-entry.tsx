import { Link } from '../../../components/link'
import { EntryDate } from '../../../components/entry-date'
import { paths } from '../../../lib/core/paths'
import type { SearchResult } from '../../../search/engine'
import { Highlighted } from './highlighted'
import { ReadToggle, readAttribute } from '../../../components/read-toggle'
import { SaveToggle } from '../../../components/save-toggle'
import { savedEntry } from '../../../components/list-entry'

interface Props {
  result: SearchResult
  timeZone: string
  /** The content's language, which can differ from the interface's. */
  lang: string
  /** Undefined until the read marks are looked up. */
  read: boolean | undefined
  saved: boolean | undefined
  onMarked: (message: string) => void
}

/** A list entry with the matches marked: title, snippet, then date and category path. */
export function ResultEntry({ result, timeZone, lang, read, saved, onMarked }: Props) {
  const { article, snippet } = result
  const category = article.categories[0]
  return (
    <li className="entry search-result" data-read={readAttribute(read)}>
      <article className="entry-body">
        <h2 className="entry-title" lang={lang}>
          <Link to={paths.article(article.id)}>
            <Highlighted text={article.title} ranges={result.titleRanges} />
          </Link>
        </h2>
        {snippet.text && (
          <p className="entry-excerpt search-snippet" lang={lang}>
            {snippet.before && '…'}
            <Highlighted text={snippet.text} ranges={snippet.ranges} />
            {snippet.after && '…'}
          </p>
        )}
        <p className="entry-meta">
          <EntryDate
            iso={article.date}
            timeZone={timeZone}
            estimated={article.dateEstimated !== undefined}
          />
          {category && category.length > 0 && (
            <span>
              <Link to={paths.category(category)} lang={lang}>
                {category.join(' › ')}
              </Link>
            </span>
          )}
          <span className="entry-actions">
            <ReadToggle id={article.id} read={read} title={article.title} onMarked={onMarked} />
            <SaveToggle entry={savedEntry(article)} saved={saved} withTitle onMarked={onMarked} />
          </span>
        </p>
      </article>
    </li>
  )
}
