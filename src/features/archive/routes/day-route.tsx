import type { LoaderFunctionArgs } from 'react-router'
import { useLoaderData } from 'react-router'
import { ListView } from '../../../components/list-view'
import { useCalendar } from '../../../lib/api/get-calendar'
import { useEntry } from '../../../lib/api/get-entry'
import { dayNeighbours, findDay } from '../../../lib/calendar-periods'
import type { DayRef } from '../../../lib/calendar-periods'
import { formatDay } from '../../../lib/core/format-date'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { ensureListPage } from '../../../lib/load-list'
import { notFound } from '../../../lib/not-found'
import { paths } from '../../../lib/core/paths'
import { queryClient } from '../../../lib/query-client'
import { loadArchive } from '../api/load-archive'
import { ArchiveHeading } from './archive-heading'
import { PeriodNav } from './period-nav'
import { messages } from './messages'
import { SaveForOffline } from '../../../components/offline/components/save-for-offline'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { entry, calendar, date } = await loadArchive(params)
  const { year, month, day } = date ?? {}
  const list = year && month && day ? findDay(calendar, year, month, day) : undefined
  if (!year || !month || !day || !list) throw notFound('date', paths.archive())
  const first = paths.archive(year, month, day)
  const page = await ensureListPage(queryClient, list, entry.pageSize, request.url, first)
  return { ...page, year, month, day }
}

export function Component() {
  const t = useT(messages)
  const { locale } = useLocale()
  const data = useLoaderData<typeof loader>()
  const cal = useCalendar(useEntry().calendar)
  const { year, month, day } = data
  const { prev, next } = dayNeighbours(cal, year, month, day)
  const name = formatDay(locale, year, month, day)
  const step = (d?: DayRef) =>
    d && {
      href: paths.archive(d.year, d.month, d.day),
      label: formatDay(locale, d.year, d.month, d.day),
    }
  return (
    <ListView
      params={data}
      context={{ kind: 'day', year, month, day }}
      pageHref={(p) => paths.archive(year, month, day, p)}
      heading={<ArchiveHeading name={name} page={data.page} year={year} month={month} />}
    >
      <SaveForOffline key={`${data.list.h}:${data.list.start ?? 0}`} list={data.list} />
      <PeriodNav
        prev={step(prev)}
        next={step(next)}
        prevText={t('prevDay')}
        nextText={t('nextDay')}
      />
    </ListView>
  )
}
