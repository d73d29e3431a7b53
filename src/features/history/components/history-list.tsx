import { Link } from '../../../components/link'
import { paths } from '../../../lib/core/paths'
import { useLocale, useT } from '../../../lib/i18n/locale'
import type { HistoryEntry } from '../../../lib/reading/reading-db'
import { messages } from '../messages'

/** Readings grouped by the reader's own calendar day, newest first. */
function byDay(entries: readonly HistoryEntry[], dayOf: (at: number) => string) {
  const days: { day: string; entries: HistoryEntry[] }[] = []
  for (const entry of entries) {
    const day = dayOf(entry.at)
    const last = days.at(-1)
    if (last?.day === day) last.entries.push(entry)
    else days.push({ day, entries: [entry] })
  }
  return days
}

export function HistoryList({ entries }: { entries: readonly HistoryEntry[] }) {
  const t = useT(messages)
  const { locale } = useLocale()
  const tag = locale === 'zh' ? 'zh-CN' : 'en'
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'full' })
  const time = new Intl.DateTimeFormat(tag, { timeStyle: 'short' })
  return (
    <div className="history-days">
      {byDay(entries, (at) => day.format(at)).map(({ day: label, entries: read }) => (
        <section key={label} className="history-day" aria-label={label}>
          <h2 className="history-day__title">
            {label} <span className="history-day__count">{t('count', { n: read.length })}</span>
          </h2>
          <ol className="history-entries">
            {read.map((entry) => (
              <li key={entry.id} className="history-entry">
                <Link to={paths.article(entry.id)}>{entry.title}</Link>
                <p className="history-entry__meta">
                  <time dateTime={new Date(entry.at).toISOString()}>
                    {t('readAt', { time: time.format(entry.at) })}
                  </time>
                  {entry.category && entry.category.length > 0 && (
                    <span>{entry.category.at(-1)}</span>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}
