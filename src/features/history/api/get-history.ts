import { queryOptions, useQuery } from '@tanstack/react-query'
import { clearHistory as clear, readHistory } from '../../../lib/reading/history-store'
import { readStore } from '../../../lib/reading/use-read-marks'

const database = () => readStore().then((store) => store.database())

/** The newest readings shown; older ones stay on the device. */
export const HISTORY_LIMIT = 1000

export const historyQueryOptions = () =>
  queryOptions({
    queryKey: ['reading', 'history'],
    queryFn: () => database().then((db) => readHistory(db, HISTORY_LIMIT)),
    // The device is the source: read it again on every visit to the page.
    staleTime: 0,
    gcTime: 0,
  })

export const useHistory = () => useQuery(historyQueryOptions())

export const clearHistory = () => database().then(clear)
