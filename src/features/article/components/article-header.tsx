import type { ReactNode } from 'react'
import { Link } from '../../../components/link'
import type { Article, CategoryPath } from '../../../bundle/format'
import { paths } from '../../../lib/core/paths'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { messages } from '../../../lib/article-core/messages'
import { dateEvidenceKey, formatArticleDate } from '../../../lib/article-core/format-article-date'
import { readingMinutes } from '../../../lib/article-core/reading'

interface ArticleHeaderProps {
  article: Article
  timeZone: string
  cjk: boolean
  /** Ends the meta line: the Listen button, where the browser can read the article aloud. */
  listen?: ReactNode
}

function Breadcrumb({ path }: { path: CategoryPath }) {
  const t = useT(messages)
  return (
    <nav className="article-breadcrumb" aria-label={t('breadcrumb')}>
      <ol>
        {path.map((name, i) => (
          <li key={i}>
            <Link to={paths.category(path.slice(0, i + 1))}>{name}</Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}

/** Says the date was inferred; the evidence is a tooltip, and read out by screen readers. */
function DateEstimated({ evidence }: { evidence: string }) {
  const t = useT(messages)
  return (
    <span className="article-date-estimated" title={evidence}>
      {t('dateEstimated')}
      <span className="visually-hidden">{t('dateEvidence', { why: evidence })}</span>
    </span>
  )
}

/** Breadcrumb, headline and the quiet meta line: date with zone, source, reading time. */
export function ArticleHeader({ article, timeZone, cjk, listen }: ArticleHeaderProps) {
  const t = useT(messages)
  const { locale } = useLocale()
  const [primary, ...others] = article.categories
  const date = formatArticleDate(article.date, timeZone, locale, article.dateEstimated === 'url')
  return (
    <header className="article-header">
      {primary && primary.length > 0 && <Breadcrumb path={primary} />}
      {/* The app moves focus here on navigation, so screen readers start at the headline. */}
      <h1 className="article-title" tabIndex={-1}>
        {article.title}
      </h1>
      <div className="article-meta">
        <p className="article-meta__items">
          {date && <time dateTime={article.date}>{date}</time>}
          {article.dateEstimated && (
            <DateEstimated evidence={t(dateEvidenceKey(article.dateEstimated))} />
          )}
          {article.author && <span>{t('by', { name: article.author })}</span>}
          <span>{t('readingTime', { n: readingMinutes(article.textLength, cjk) })}</span>
          {others.map((path) => (
            <Link key={path.join('/')} to={paths.category(path)}>
              {path.join(' › ')}
            </Link>
          ))}
          {listen}
        </p>
      </div>
    </header>
  )
}
