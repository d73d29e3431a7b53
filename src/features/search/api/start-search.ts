import { calendarQueryOptions } from '../../../lib/api/get-calendar'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import type { SearchParams } from '../../../lib/core/paths'
import { queryClient } from '../../../lib/query-client'
import { dateWindow } from './date-window'
import type { SearchInput } from './get-search'
import { searchQueryOptions } from './get-search'
import { parseSearchParams } from './search-params'

/** The search a page runs: none without words or filters. */
export function searchInput(
  params: SearchParams,
  window: SearchInput['window'],
): SearchInput | null {
  const filtered = Boolean(params.category || params.from || params.to)
  if (!params.q && !filtered) return null
  return {
    query: params.q ?? '',
    category: params.category ? [...params.category] : undefined,
    window,
    sort: params.sort ?? 'newest',
  }
}

/**
 * Whether the page can render the search of a `/search` query string from what is already read:
 * the entry, and the calendar when it names months.
 */
export function searchReady(search: string): boolean {
  const entry = queryClient.getQueryData(entryQueryOptions().queryKey)
  if (!entry) return false
  const params = parseSearchParams(search)
  return (
    !(params.from || params.to) ||
    queryClient.getQueryData(calendarQueryOptions(entry.calendar).queryKey) !== undefined
  )
}

/**
 * Starts the search of a `/search` query string, once the entry (and the calendar, for a date
 * range) is read: `first` settles when its first page of results is read (or failed). Starting
 * it again while it runs, or once it is read, joins it (the query cache's key), so the route's
 * loader and the field's Enter share one run.
 */
export async function startSearch(search: string) {
  const params = parseSearchParams(search)
  const entry = await queryClient.ensureQueryData(entryQueryOptions())
  // The calendar turns a month range into a window of the latest list.
  const window =
    params.from || params.to
      ? dateWindow(
          await queryClient.ensureQueryData(calendarQueryOptions(entry.calendar)),
          params.from,
          params.to,
        )
      : undefined
  const input = searchInput(params, window)
  const first =
    input && entry.search
      ? queryClient.prefetchInfiniteQuery(searchQueryOptions(entry.search, input, params.page ?? 1))
      : Promise.resolve()
  return { first }
}
