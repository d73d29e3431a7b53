import { useT } from '../../../lib/i18n/locale'
import { messages } from '../../../lib/article-core/messages'

const PARAGRAPHS = [4, 3, 5, 2]

/** The article's shape while it loads: hero, kicker, two title lines, meta, paragraphs. */
export function ArticleSkeleton() {
  const t = useT(messages)
  return (
    <div className="article article-skeleton" role="status" aria-label={t('loading')}>
      <div className="article-hero__frame skeleton-block" />
      <div className="skeleton-line skeleton-line--kicker" />
      <div className="skeleton-line skeleton-line--title" />
      <div className="skeleton-line skeleton-line--title skeleton-line--short" />
      <div className="skeleton-line skeleton-line--meta" />
      {PARAGRAPHS.map((lines, p) => (
        <div className="skeleton-paragraph" key={p}>
          {Array.from({ length: lines }, (_, i) => (
            <div
              key={i}
              className={`skeleton-line${i === lines - 1 ? ' skeleton-line--end' : ''}`}
            />
          ))}
        </div>
      ))}
    </div>
  )
}
