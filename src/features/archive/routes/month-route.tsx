import type { LoaderFunctionArgs } from 'react-router'
import { useLoaderData } from 'react-router'
import { ListView } from '../../../components/list-view'
import { useCalendar } from '../../../lib/api/get-calendar'
import { useEntry } from '../../../lib/api/get-entry'
import { findMonth } from '../../../lib/calendar'
import { monthNeighbours } from '../../../lib/calendar-periods'
import type { MonthRef } from '../../../lib/calendar'
import { formatMonth } from '../../../lib/core/format-date'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { ensureListPage } from '../../../lib/load-list'
import { notFound } from '../../../lib/not-found'
import { paths } from '../../../lib/core/paths'
import { queryClient } from '../../../lib/query-client'
import { loadArchive } from '../api/load-archive'
import { MonthCalendar } from '../components/month-calendar'
import { ArchiveHeading } from './archive-heading'
import { PeriodNav } from './period-nav'
import { messages } from './messages'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { entry, calendar, date } = await loadArchive(params)
  const month = date?.month !== undefined ? findMonth(calendar, date.year, date.month) : undefined
  if (!date?.month || !month) throw notFound('date', paths.archive())
  const first = paths.archive(date.year, date.month)
  const list = await ensureListPage(queryClient, month.list, entry.pageSize, request.url, first)
  return { ...list, year: date.year, month: date.month }
}

/** The month as a calendar (days with articles link to the day), then the month's articles. */
export function Component() {
  const t = useT(messages)
  const { locale } = useLocale()
  const data = useLoaderData<typeof loader>()
  const entry = useEntry()
  const cal = useCalendar(entry.calendar)
  const { year, month } = data
  const { prev, next } = monthNeighbours(cal, year, month)
  const name = formatMonth(locale, year, month)
  const step = (m?: MonthRef) =>
    m && { href: paths.archive(m.year, m.month), label: formatMonth(locale, m.year, m.month) }
  return (
    <ListView
      params={data}
      context={{ kind: 'month', year, month }}
      pageHref={(p) => paths.archive(year, month, undefined, p)}
      heading={<ArchiveHeading name={name} page={data.page} year={year} />}
    >
      <PeriodNav
        prev={step(prev)}
        next={step(next)}
        prevText={t('prevMonth')}
        nextText={t('nextMonth')}
      />
      <MonthCalendar
        year={year}
        month={month}
        data={findMonth(cal, year, month)}
        timeZone={entry.site.timezone}
        caption={t('calendar')}
        hideCaption
      />
    </ListView>
  )
}
