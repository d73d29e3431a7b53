import { canonicalUrl } from '../../../lib/article-core/canonical-url'
import { useT } from '../../../lib/i18n/locale'
import { messages } from '../../../lib/article-core/messages'

/** The article's address, shown on paper only (article-print.css): a printout has no links. */
export function PrintedFrom({ id }: { id: string }) {
  const t = useT(messages)
  return <p className="article-printed-from">{t('printedFrom', { url: canonicalUrl(id) })}</p>
}
