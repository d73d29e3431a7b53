import { Link } from '../../../components/link'
import { useT } from '../../../lib/i18n/locale'
import { messages } from './messages'
import './period-nav.css'

interface Step {
  href: string
  label: string
}

/** Previous and next period that have articles; empty periods are skipped by construction. */
export function PeriodNav({
  prev,
  next,
  prevText,
  nextText,
}: {
  prev?: Step
  next?: Step
  prevText: string
  nextText: string
}) {
  const t = useT(messages)
  if (!prev && !next) return null
  return (
    <nav className="period-nav" aria-label={t('periods')}>
      {prev ? (
        <Link to={prev.href} rel="prev">
          <span className="period-dir">‹ {prevText}</span> {prev.label}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={next.href} rel="next" className="next">
          <span className="period-dir">{nextText} ›</span> {next.label}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
