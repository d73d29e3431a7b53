import type { Params } from 'react-router'
import type { CalendarWindows } from '../../../bundle/calendar-windows'
import type { Entry } from '../../../bundle/format'
import { calendarQueryOptions } from '../../../lib/api/get-calendar'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import { notFound } from '../../../lib/not-found'
import type { ArchiveDate } from '../../../lib/core/paths'
import { parseArchiveParams, paths } from '../../../lib/core/paths'
import { queryClient } from '../../../lib/query-client'

/** For archive loaders: the entry, the calendar, and the date in the URL (a 404 when it is not a real date). */
export async function loadArchive(
  params: Params,
): Promise<{ entry: Entry; calendar: CalendarWindows; date: ArchiveDate | null }> {
  const entry = await queryClient.ensureQueryData(entryQueryOptions())
  const calendar = await queryClient.ensureQueryData(calendarQueryOptions(entry.calendar))
  if (params.year === undefined) return { entry, calendar, date: null }
  const date = parseArchiveParams(params)
  if (!date) throw notFound('date', paths.archive())
  return { entry, calendar, date }
}
