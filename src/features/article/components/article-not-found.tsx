import { Link } from 'react-router'
import { useT } from '../../../lib/i18n/locale'
import { paths } from '../../../lib/paths'
import { messages } from '../messages'

/** The unknown-id page: one sentence, and the ways back. */
export function ArticleNotFound() {
  const t = useT(messages)
  return (
    <section className="article-problem" aria-labelledby="article-not-found-title">
      <h1 id="article-not-found-title" tabIndex={-1}>
        {t('notFoundTitle')}
      </h1>
      <p>{t('notFoundBody')}</p>
      <p className="article-problem__actions">
        <Link className="article-problem__button" to={paths.home()}>
          {t('backToList', { label: t('latest') })}
        </Link>
      </p>
    </section>
  )
}
