import { useState } from 'react'
import { useLocation } from 'react-router'
import { Link } from '../../../components/link'
import { useCalendar } from '../../../lib/api/get-calendar'
import { useEntry } from '../../../lib/api/get-entry'
import { allMonths, findMonth } from '../../../lib/calendar'
import type { MonthRef } from '../../../lib/calendar'
import { formatMonth } from '../../../lib/core/format-date'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { decodeListContext } from '../../../lib/list-context-codec'
import { paths } from '../../../lib/core/paths'
import { messages } from '../messages'
import { MonthCalendar } from './month-calendar'
import { YearsOverview } from './year-block'
import './archive-sidebar.css'

/** The month to show first: the one an article was opened from, else the newest. */
function useFocusMonth(
  months: MonthRef[],
): { year: number; month: number; day?: number } | undefined {
  const { pathname, search } = useLocation()
  const ctx = pathname.startsWith('/article/') ? decodeListContext(search) : null
  if (ctx?.kind === 'day') return { year: ctx.year, month: ctx.month, day: ctx.day }
  if (ctx?.kind === 'month') return { year: ctx.year, month: ctx.month }
  return months.at(-1)
}

/** The right column: a month calendar with previous/next (skipping empty months), then the years. */
export function ArchiveSidebar() {
  const t = useT(messages)
  const { locale } = useLocale()
  const entry = useEntry()
  const cal = useCalendar(entry.calendar)
  const months = allMonths(cal)
  const focus = useFocusMonth(months)
  const { key } = useLocation()
  // Browsing months here is local (no navigation until a day is chosen) and forgotten on the next page.
  const [browsed, setBrowsed] = useState<{ key: string; year: number; month: number } | null>(null)
  const shown = browsed?.key === key ? browsed : null
  const setShown = (m: MonthRef) => setBrowsed({ key, year: m.year, month: m.month })
  const current = shown ?? focus
  if (!current) return null
  const index = months.findIndex((m) => m.year === current.year && m.month === current.month)
  const prev = index > 0 ? months[index - 1] : undefined
  const next =
    index >= 0
      ? months[index + 1]
      : months.find((m) => m.year * 12 + m.month > current.year * 12 + current.month)
  const title = formatMonth(locale, current.year, current.month)
  return (
    <div className="archive-sidebar">
      <h2 className="column-heading">{t('byDate')}</h2>
      <div className="calendar-head">
        <button
          type="button"
          className="icon-button"
          disabled={!prev}
          onClick={() => prev && setShown(prev)}
          aria-label={t('prevMonth')}
        >
          ‹
        </button>
        <Link to={paths.archive(current.year, current.month)} className="calendar-title">
          {title}
        </Link>
        <button
          type="button"
          className="icon-button"
          disabled={!next}
          onClick={() => next && setShown(next)}
          aria-label={t('nextMonth')}
        >
          ›
        </button>
      </div>
      <MonthCalendar
        year={current.year}
        month={current.month}
        data={findMonth(cal, current.year, current.month)}
        selectedDay={shown ? undefined : focus && 'day' in focus ? focus.day : undefined}
        timeZone={entry.site.timezone}
        caption={title}
        hideCaption
      />
      <h2 className="column-heading">{t('years')}</h2>
      <YearsOverview years={cal.years} heading="h3" />
    </div>
  )
}
