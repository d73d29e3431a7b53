import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { CategoryPath } from '../../../bundle/format'
import type { SearchCount, SearchResult, SearchRun } from '../../../search/engine'
import { getSearchEngine } from './search-engine'
import { isStandIn } from './search-source'
import { queryClient } from '../../../lib/query-client'

/** Results a page: the "More results" button asks for this many again. */
export const SEARCH_PAGE_SIZE = 20
/**
 * Results read first: about a 1280 × 900 screen's worth. Each result costs its article's bytes,
 * so the rest of the page is read as it scrolls into view.
 */
export const FIRST_SCREEN = 6

export interface SearchInput {
  query: string
  category?: CategoryPath
  /** A window of the latest list; null: the date range holds no article. */
  window?: { start: number; n: number } | null
  sort: 'newest' | 'relevance'
}

export interface SearchPage {
  /** Results asked for: fewer come back only at the end, or offline. */
  size: number
  results: SearchResult[]
  count: SearchCount
  done: boolean
  /** Offline, some parts were not on the device: there may be more results than these. */
  incomplete: boolean
}

/** `first`: a fresh run (a new query, a refetch, Retry) that reads `size` results at once. */
interface PageParam {
  first: boolean
  size: number
}

// A run is a cursor: the query's first page starts one, the following pages continue it. Typing
// starts one per text, so each goes with its query once the cache lets that go.
const runs = new Map<string, SearchRun>()
queryClient.getQueryCache().subscribe((event) => {
  const [kind, ...rest] = event.query.queryKey
  if (event.type === 'removed' && kind === 'search') runs.delete(JSON.stringify(rest))
})

async function getSearchPage(
  hash: string,
  input: SearchInput,
  param: PageParam,
): Promise<SearchPage> {
  const key = JSON.stringify([hash, input])
  if (input.window === null)
    return {
      size: param.size,
      results: [],
      count: { value: 0, exact: true },
      done: true,
      incomplete: false,
    }
  const { engine, source } = getSearchEngine(hash)
  let run = runs.get(key)
  if (param.first || !run) {
    run = engine.search({
      query: input.query,
      category: input.category,
      window: input.window,
      sort: input.sort,
    })
    runs.set(key, run)
  }
  const results = (await run.next(param.size)).filter((r) => !isStandIn(r.article))
  return {
    size: param.size,
    results,
    count: run.count(),
    done: run.done,
    incomplete: source.missing.size > 0,
  }
}

/** Results asked for so far; they fill whole pages once the first page's rest has been read. */
export const readSoFar = (pages: readonly SearchPage[]) => pages.reduce((n, p) => n + p.size, 0)

/**
 * One search, page by page. Keyed without the page: reopening the route (Back, a reload's
 * `?page=`) shows the pages already read. A first page reads one screen of results, then the rest
 * of the page; `firstPages` > 1 (a reload of `?page=`) reads them all at once.
 */
export const searchQueryOptions = (hash: string, input: SearchInput, firstPages: number) =>
  infiniteQueryOptions({
    queryKey: ['search', hash, input],
    queryFn: ({ pageParam }) => getSearchPage(hash, input, pageParam),
    initialPageParam: {
      first: true,
      size: firstPages > 1 ? SEARCH_PAGE_SIZE * firstPages : FIRST_SCREEN,
    } as PageParam,
    getNextPageParam: (last, pages): PageParam | undefined =>
      last.done
        ? undefined
        : { first: false, size: SEARCH_PAGE_SIZE - (readSoFar(pages) % SEARCH_PAGE_SIZE) },
    staleTime: Infinity,
    // A run that failed cannot go on: Retry refetches from a fresh run.
    retry: false,
  })

export function useSearch(hash: string, input: SearchInput | null, firstPages: number) {
  return useInfiniteQuery({
    ...searchQueryOptions(hash, input ?? { query: '', sort: 'newest' }, firstPages),
    enabled: input !== null,
    // While the next query runs, the last results stay (dimmed) instead of a blank page.
    placeholderData: keepPreviousData,
  })
}
