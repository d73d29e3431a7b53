import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { bundlePaths } from '../../bundle/paths'
import { validateCalendar } from '../../bundle/validate'
import { bundleUrl } from '../core/bundle-url'
import { fetchJson } from '../core/fetch-json'

export const getCalendar = (hash: string, signal?: AbortSignal) =>
  fetchJson(bundleUrl(bundlePaths.calendar(hash)), validateCalendar, { signal })

export const calendarQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['bundle', 'calendar', hash],
    queryFn: ({ signal }) => getCalendar(hash, signal),
    staleTime: Infinity,
  })

export const useCalendar = (hash: string) => useSuspenseQuery(calendarQueryOptions(hash)).data
