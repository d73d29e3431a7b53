import { queryOptions, useQuery } from '@tanstack/react-query'
import { readStore } from '../../../lib/reading/use-read-marks'

/** The newest readings shown; older ones stay on the device. */
export const HISTORY_LIMIT = 1000

export const historyQueryOptions = () =>
  queryOptions({
    queryKey: ['reading', 'history'],
    queryFn: () => readStore().then((store) => store.history(HISTORY_LIMIT)),
    // The device is the source: read it again on every visit to the page.
    staleTime: 0,
    gcTime: 0,
  })

export const useHistory = () => useQuery(historyQueryOptions())

export const clearHistory = () => readStore().then((store) => store.clearHistory())
