import { entryQueryOptions } from '../../../lib/api/get-entry'
import { queryClient } from '../../../lib/query-client'
import { getSearchEngine } from './search-engine'

/** As the reader types: the shards the query will look up, read before Enter or the pause. */
export function prefetchQuery(text: string): void {
  const hash = queryClient.getQueryData(entryQueryOptions().queryKey)?.search
  if (!hash || !text.trim()) return
  // Only ahead of time: the query itself reads again, and reports, whatever failed here.
  getSearchEngine(hash)
    .engine.prefetch(text)
    .catch(() => undefined)
}
