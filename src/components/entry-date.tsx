import { formatDateTime } from '../lib/core/format-date'
import type { Messages } from '../lib/i18n/locale'
import { useLocale, useT } from '../lib/i18n/locale'

const messages: Messages<'estimated' | 'note'> = {
  zh: { estimated: '日期为推断', note: '（日期为推断）' },
  en: { estimated: 'date estimated', note: ' (date estimated)' },
}

interface Props {
  iso: string
  timeZone: string
  /** The builder inferred the date: marked by a sign and words, never by colour alone. */
  estimated?: boolean
}

/** A list entry's date and time; an estimated one gets a quiet "≈", named for screen readers. */
export function EntryDate({ iso, timeZone, estimated }: Props) {
  const { locale } = useLocale()
  const t = useT(messages)
  const time = <time dateTime={iso}>{formatDateTime(iso, locale, timeZone)}</time>
  if (!estimated) return time
  return (
    <span className="entry-date-estimated" title={t('estimated')}>
      <span aria-hidden="true">≈ </span>
      {time}
      <span className="visually-hidden">{t('note')}</span>
    </span>
  )
}
