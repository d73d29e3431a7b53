import type { FormEvent } from 'react'
import { useId } from 'react'
import { useNavigate } from 'react-router'
import { useEntry } from '../../../lib/api/get-entry'
import { useCalendar } from '../../../lib/api/get-calendar'
import type { SearchParams } from '../../../lib/core/paths'
import { paths } from '../../../lib/core/paths'
import { useT } from '../../../lib/i18n/locale'
import { IN_PLACE } from '../../../lib/navigation-state'
import { calendarMonths } from '../api/date-window'
import { messages } from '../messages'

/** `2022-01` → its year group and month, for the pickers' option groups. */
const byYear = (months: string[]) => {
  const years = new Map<string, string[]>()
  for (const m of months) {
    const y = m.slice(0, 4)
    years.set(y, [...(years.get(y) ?? []), m])
  }
  return [...years]
}

/** From and to, as year and month pickers over the months that have articles. */
export function DateFilter({ params }: { params: SearchParams }) {
  const t = useT(messages)
  const navigate = useNavigate()
  const id = useId()
  const years = byYear(calendarMonths(useCalendar(useEntry().calendar)))
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const data = new FormData(e.currentTarget)
    const from = String(data.get('from') ?? '') || undefined
    const to = String(data.get('to') ?? '') || undefined
    void navigate(paths.search({ ...params, from, to, page: undefined }), { state: IN_PLACE })
  }
  const picker = (name: 'from' | 'to', value: string | undefined, none: string) => (
    <p>
      <label htmlFor={`${id}-${name}`}>{t(name)}</label>
      <select id={`${id}-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{none}</option>
        {years.map(([year, months]) => (
          <optgroup key={year} label={year}>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </p>
  )
  return (
    <form className="date-filter" onSubmit={apply}>
      {picker('from', params.from, t('earliest'))}
      {picker('to', params.to, t('latest'))}
      <p className="date-filter-actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </p>
    </form>
  )
}
