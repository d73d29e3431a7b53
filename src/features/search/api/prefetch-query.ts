import { entryQueryOptions } from '../../../lib/api/get-entry'
import { queryClient } from '../../../lib/query-client'
import { getSearchEngine } from './search-engine'
import { startSearch } from './start-search'

/** As the reader types: the shards the query will look up, read before Enter or the pause. */
export function prefetchQuery(text: string): void {
  const hash = queryClient.getQueryData(entryQueryOptions().queryKey)?.search
  if (!hash || !text.trim()) return
  // Only ahead of time: the query itself reads again, and reports, whatever failed here.
  getSearchEngine(hash)
    .engine.prefetch(text)
    .catch(() => undefined)
}

/** Enter: the search of `/search?…` starts now; settles when its first page is read or failed. */
export async function runSearch(search: string): Promise<void> {
  await (
    await startSearch(search)
  ).first
}
