import { memo } from 'react'
import { Link } from '../../../components/link'
import type { CalendarMonth } from '../../../bundle/calendar-windows'
import { monthGrid, todayIn } from '../../../lib/calendar'
import { formatDay, weekdayNames } from '../../../lib/core/format-date'
import { useLocale, useT } from '../../../lib/i18n/locale'
import { paths } from '../../../lib/core/paths'
import { messages } from '../messages'
import './month-calendar.css'

interface Props {
  year: number
  month: number
  /** Absent when the month has no articles: every day is then muted. */
  data?: CalendarMonth
  selectedDay?: number
  timeZone: string
  /** The visible caption; the month page has its own h1 and hides it. */
  caption: string
  hideCaption?: boolean
}

/**
 * Monday first. Days with articles link to the day and show the count; the rest are muted and not
 * focusable. Memoised: the side column's calendar would otherwise redraw on every navigation.
 */
export const MonthCalendar = memo(function MonthCalendar({
  year,
  month,
  data,
  selectedDay,
  timeZone,
  caption,
  hideCaption,
}: Props) {
  const t = useT(messages)
  const { locale } = useLocale()
  const counts = new Map(data?.days.map(([d, list]) => [d, list.n]))
  const today = todayIn(timeZone)
  const isThisMonth = today.year === year && today.month === month
  const weekdays = weekdayNames(locale)
  return (
    <table className="calendar">
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {weekdays.map((w) => (
            <th key={w} scope="col">
              {w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(year, month).map((week, i) => (
          <tr key={i}>
            {week.map((day, j) => {
              if (day === null) return <td key={`x${j}`} />
              const n = counts.get(day)
              const label = formatDay(locale, year, month, day)
              const classes = [
                isThisMonth && today.day === day ? 'today' : '',
                day === selectedDay ? 'selected' : '',
              ]
                .filter(Boolean)
                .join(' ')
              return (
                <td key={day} className={classes || undefined}>
                  {n ? (
                    <Link
                      to={paths.archive(year, month, day)}
                      aria-label={t('dayCount', { date: label, n })}
                      aria-current={day === selectedDay ? 'page' : undefined}
                    >
                      <span className="cal-day">{day}</span>
                      <span className="cal-count">{n}</span>
                    </Link>
                  ) : (
                    <span className="cal-empty">{day}</span>
                  )}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
})
