import { memo } from 'react'
import { Link } from '../../../components/link'
import type { CalendarYear } from '../../../bundle/calendar-windows'
import { formatMonthName, formatYear } from '../../../lib/core/format-date'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { paths } from '../../../lib/core/paths'
import { messages } from '../messages'
import './year-block.css'

interface Props {
  year: CalendarYear
  /** The year page has its own h1, so its block has no heading. */
  heading?: 'h2' | 'h3' | false
  currentMonth?: number
}

/** Twelve months: those with articles link to the month and show the count, the rest are muted. */
export function YearBlock({ year, heading = 'h2', currentMonth }: Props) {
  const t = useT(messages)
  const { locale } = useLocale()
  const counts = new Map(year.months.map((m) => [m.m, m.list.n]))
  const Heading = heading || 'h2'
  return (
    <section className="year-block">
      {heading && (
        <Heading className="year-heading">
          <Link to={paths.archive(year.y)}>{formatYear(locale, year.y)}</Link>{' '}
          <span className="count">{t('count', { n: year.list.n })}</span>
        </Heading>
      )}
      <ul className="month-grid">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
          const n = counts.get(m)
          const name = formatMonthName(locale, m, 'short')
          return (
            <li key={m}>
              {n ? (
                <Link
                  to={paths.archive(year.y, m)}
                  aria-current={m === currentMonth ? 'page' : undefined}
                >
                  <span className="month-name">{name}</span> <span className="count">{n}</span>
                </Link>
              ) : (
                <span className="month-empty">{name}</span>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** Every year, newest first. Kept from one page to the next: the side column renders on every navigation. */
export const YearsOverview = memo(function YearsOverview({
  years,
  heading,
}: {
  years: CalendarYear[]
  heading?: 'h2' | 'h3'
}) {
  const sorted = [...years].sort((a, b) => b.y - a.y)
  return (
    <div className="years-overview">
      {sorted.map((y) => (
        <YearBlock key={y.y} year={y} heading={heading} />
      ))}
    </div>
  )
})
