import { Link } from '../../../components/link'
import { PageHeading } from '../../../components/page-heading'
import { useT } from '../../../lib/i18n/locale'
import { paths } from '../../../lib/core/paths'
import { messages } from '../../../lib/article-core/messages'
import '../../../components/pill-button.css'

/** The unknown-id page: one sentence, and the ways back. */
export function ArticleNotFound() {
  const t = useT(messages)
  return (
    <section className="article-problem">
      {/* Also the document title, so the tab and the route announcement say what happened. */}
      <PageHeading title={t('notFoundTitle')} className="">
        {t('notFoundTitle')}
      </PageHeading>
      <p>{t('notFoundBody')}</p>
      <p className="article-problem__actions">
        <Link className="pill-button" to={paths.home()}>
          {t('backToList', { label: t('latest') })}
        </Link>
      </p>
    </section>
  )
}
