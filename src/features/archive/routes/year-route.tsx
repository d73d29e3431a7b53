import type { LoaderFunctionArgs } from 'react-router'
import { useLoaderData } from 'react-router'
import { ListView } from '../../../components/list-view'
import { useCalendar } from '../../../lib/api/get-calendar'
import { useEntry } from '../../../lib/api/get-entry'
import { findYear } from '../../../lib/calendar'
import { yearNeighbours } from '../../../lib/calendar-periods'
import { formatYear } from '../../../lib/core/format-date'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { ensureListPage } from '../../../lib/load-list'
import { notFound } from '../../../lib/not-found'
import { paths } from '../../../lib/core/paths'
import { queryClient } from '../../../lib/query-client'
import { loadArchive } from '../api/load-archive'
import { ArchiveHeading } from './archive-heading'
import { PeriodNav } from './period-nav'
import { YearBlock } from '../components/year-block'
import { messages } from './messages'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { entry, calendar, date } = await loadArchive(params)
  const year = date && findYear(calendar, date.year)
  if (!date || !year) throw notFound('date', paths.archive())
  const list = await ensureListPage(
    queryClient,
    year.list,
    entry.pageSize,
    request.url,
    paths.archive(date.year),
  )
  return { ...list, year: date.year }
}

export function Component() {
  const t = useT(messages)
  const { locale } = useLocale()
  const data = useLoaderData<typeof loader>()
  const cal = useCalendar(useEntry().calendar)
  const year = findYear(cal, data.year)
  const { prev, next } = yearNeighbours(cal, data.year)
  const name = formatYear(locale, data.year)
  const step = (y?: { y: number }) =>
    y && { href: paths.archive(y.y), label: formatYear(locale, y.y) }
  return (
    <ListView
      params={data}
      context={{ kind: 'year', year: data.year }}
      pageHref={(p) => paths.archive(data.year, undefined, undefined, p)}
      heading={<ArchiveHeading name={name} page={data.page} />}
    >
      <PeriodNav
        prev={step(prev)}
        next={step(next)}
        prevText={t('prevYear')}
        nextText={t('nextYear')}
      />
      {year && <YearBlock year={year} heading={false} />}
    </ListView>
  )
}
