import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { calendarWindows } from '../../bundle/calendar-windows'
import { bundlePaths } from '../../bundle/paths'
import { validateCalendar } from '../../bundle/validate'
import { bundleUrl } from '../core/bundle-url'
import { fetchJson } from '../core/fetch-json'

/** The calendar file, with each period's window of the latest list derived from its counts. */
export const getCalendar = async (hash: string, signal?: AbortSignal) =>
  calendarWindows(
    await fetchJson(bundleUrl(bundlePaths.calendar(hash)), validateCalendar, { signal }),
  )

export const calendarQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['bundle', 'calendar', hash],
    queryFn: ({ signal }) => getCalendar(hash, signal),
    staleTime: Infinity,
  })

export const useCalendar = (hash: string) => useSuspenseQuery(calendarQueryOptions(hash)).data
