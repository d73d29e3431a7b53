import { useLoaderData } from 'react-router'
import { PageHeading } from '../../../components/page-heading'
import { useCalendar } from '../../../lib/api/get-calendar'
import { useEntry } from '../../../lib/api/get-entry'
import { findMonth } from '../../../lib/calendar'
import { latestMonth } from '../../../lib/calendar-periods'
import { formatMonth } from '../../../lib/core/format-date'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { loadArchive } from '../api/load-archive'
import { MonthCalendar } from '../components/month-calendar'
import { YearsOverview } from '../components/year-block'
import { messages } from './messages'
import './archive-route.css'

export async function loader() {
  const { calendar } = await loadArchive({})
  return { latest: latestMonth(calendar) ?? null }
}

/** Every year and month with counts, and the newest month as a calendar (on phones this is the calendar's only home). */
export function Component() {
  const t = useT(messages)
  const { locale } = useLocale()
  const entry = useEntry()
  const cal = useCalendar(entry.calendar)
  const { latest } = useLoaderData<typeof loader>()
  return (
    <div className="archive-page">
      <PageHeading title={t('archive')}>{t('archive')}</PageHeading>
      {latest && (
        <section className="archive-latest-month">
          <MonthCalendar
            year={latest.year}
            month={latest.month}
            data={findMonth(cal, latest.year, latest.month)}
            timeZone={entry.site.timezone}
            caption={formatMonth(locale, latest.year, latest.month)}
          />
        </section>
      )}
      <YearsOverview years={cal.years} />
    </div>
  )
}
