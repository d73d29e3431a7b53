import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { fetchEntry, takeStartedEntryRequest } from '../core/entry-request'

/** On a share page, the first fetch is the request the article first paint already made. */
export const getEntry = (signal?: AbortSignal) => takeStartedEntryRequest() ?? fetchEntry(signal)

// No abort signal: the route loaders await this fetch while LocaleProvider observes it, and a
// query whose signal was taken is cancelled when its observers go (StrictMode remounts them in
// development), which failed the loader with a CancelledError. The file is tiny; let it finish.
export const entryQueryOptions = () =>
  queryOptions({ queryKey: ['bundle', 'entry'], queryFn: () => getEntry(), staleTime: 60_000 })

export const useEntry = () => useSuspenseQuery(entryQueryOptions()).data
