import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link } from '../../../components/link'
import { PageHeading } from '../../../components/page-heading'
import { SaveToggle } from '../../../components/save-toggle'
import { useEntry } from '../../../lib/api/get-entry'
import { paths } from '../../../lib/core/paths'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { savedStore, useSavedMarks } from '../../../lib/reading/use-read-marks'
import { keepMissing } from '../../../lib/offline/keep-missing'
import { useAnnouncement } from '../../../lib/use-announcement'
import { messages } from '../messages'
import '../saved.css'

/** `/saved`: saved articles, newest saved first; read from the device, so it works offline. */
export function Component() {
  const t = useT(messages)
  const { locale } = useLocale()
  const { site } = useEntry()
  // The device is the source: read it again on every visit.
  const { data } = useQuery({
    queryKey: ['reading', 'saved'],
    queryFn: () => savedStore().then((store) => store.list()),
    staleTime: 0,
    gcTime: 0,
  })
  const qc = useQueryClient()
  // Online, an offline copy that went missing is made again.
  useEffect(() => {
    if (data) void keepMissing(qc, data)
  }, [data, qc])
  const [announcement, announce] = useAnnouncement()
  const isSaved = useSavedMarks((data ?? []).map((e) => e.id))
  // Unsaved here: gone from the list, back in its place if the toast's undo is pressed.
  const entries = (data ?? []).filter((e) => isSaved(e.id) !== false)
  const day = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeZone: site.timezone,
  })
  return (
    <div className="saved-page">
      <PageHeading title={t('heading')}>{t('heading')}</PageHeading>
      {data && entries.length === 0 && <p className="empty">{t('empty')}</p>}
      {entries.length > 0 && (
        <>
          <p className="list-count">{t('count', { n: entries.length })}</p>
          <p className="saved-note">{t('offline')}</p>
          <ol className="saved-entries">
            {entries.map((entry) => (
              <li key={entry.id} className="saved-entry">
                <div className="saved-entry__body">
                  <h2 className="saved-entry__title" lang={site.language}>
                    <Link to={paths.article(entry.id)}>{entry.title}</Link>
                  </h2>
                  <p className="saved-entry__meta">
                    <time dateTime={entry.date}>{day.format(new Date(entry.date))}</time>
                    {entry.category && entry.category.length > 0 && (
                      <Link to={paths.category(entry.category)}>{entry.category.at(-1)}</Link>
                    )}
                    <span>{t('savedAt', { date: day.format(entry.at) })}</span>
                  </p>
                </div>
                <SaveToggle entry={entry} saved withTitle onMarked={announce} />
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  )
}
