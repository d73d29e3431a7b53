import { Link } from '../../link'
import { useT } from '../../../lib/i18n/locale'
import { paths } from '../../../lib/core/paths'
import { messages } from '../messages'
import '../offline.css'

/** An article that was never opened or saved, asked for while offline: a sentence and a way back. */
export function OfflineArticle({ onRetry }: { onRetry: () => void }) {
  const t = useT(messages)
  return (
    <section className="error-panel offline-article">
      <h1 tabIndex={-1}>{t('notSavedTitle')}</h1>
      <p>{t('notSavedBody')}</p>
      <p className="offline-article__actions">
        <Link className="button" to={paths.home()}>
          {t('backToLatest')}
        </Link>
        <button type="button" className="offline-article__retry" onClick={onRetry}>
          {t('retry')}
        </button>
      </p>
    </section>
  )
}
