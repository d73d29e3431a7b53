import { Link } from '../../../components/link'
import type { Article } from '../../../bundle/format'
import { useLocale, useT } from '../../../lib/i18n/locale'
import type { ListContext } from '../../../lib/list-context'
import { paths } from '../../../lib/core/paths'
import { useListNeighbours } from '../api/get-list-neighbours'
import { messages } from '../../../lib/article-core/messages'
import { ArticleNeighbours } from './article-neighbours'
import { ShareButton } from '../../../components/share/components/share-button'
import { useRef } from 'react'
import { ArticleReadState } from './article-read-state'

interface ArticleFooterProps {
  article: Article
  context: ListContext
}

/** After the body: editor, tags, share, and the way on (previous/next) or back (the list). */
export function ArticleFooter({ article, context }: ArticleFooterProps) {
  const t = useT(messages)
  const { locale } = useLocale()
  const neighbours = useListNeighbours(context, locale, article)
  const backLabel = neighbours?.label ?? t('latest')
  const backHref = neighbours?.href ?? paths.home()
  // Reaching the footer is reaching the end of the article.
  const end = useRef<HTMLElement>(null)
  return (
    <footer className="article-footer" ref={end}>
      {article.editor && <p className="article-editor">{t('editor', { name: article.editor })}</p>}
      {article.tags.length > 0 && (
        <ul className="article-tags" aria-label={t('tags')}>
          {article.tags.map((tag, i) => (
            <li key={tag}>
              <Link to={paths.tag(article.tagKeys?.[i] ?? tag)}>{tag}</Link>
            </li>
          ))}
        </ul>
      )}
      <div className="article-actions">
        <div className="article-actions__group">
          <ShareButton id={article.id} title={article.title} />
          <ArticleReadState article={article} end={end} />
        </div>
        <Link className="article-back" to={backHref}>
          ← {t('backToList', { label: backLabel })}
        </Link>
      </div>
      {neighbours && <ArticleNeighbours data={neighbours} />}
    </footer>
  )
}
