import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router'
import { useLocation } from 'react-router'
import { PageHeading } from '../../../components/page-heading'
import { useCalendar } from '../../../lib/api/get-calendar'
import { entryQueryOptions, useEntry } from '../../../lib/api/get-entry'
import type { SearchParams } from '../../../lib/core/paths'
import { useT } from '../../../lib/i18n/locale'
import { queryClient } from '../../../lib/query-client'
import { dateWindow } from '../api/date-window'
import type { SearchInput } from '../api/get-search'
import { parseSearchParams } from '../api/search-params'
import { searchInput, searchReady, startSearch } from '../api/start-search'
import { getSearchEngine } from '../api/search-engine'
import { SearchResults } from '../components/search-results'
import { SearchToolbar } from '../components/search-toolbar'
import { messages } from '../messages'
import { normalize } from '../../../search/normalize'
import { dateTimeFormat } from '../../../lib/core/format-date'
import '../search.css'

// While the reader types (this chunk loads when the field is focused), not after Enter: the
// normalisation tables (about 20 ms to build), the index's manifest (each query's first hop) and
// the results' date formatter (its first use loads the zone's data).
const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1))
whenIdle(() => {
  normalize('')
  queryClient
    .ensureQueryData(entryQueryOptions())
    .then((entry) => {
      for (const locale of ['zh', 'en'] as const) dateTimeFormat(locale, entry.site.timezone, false)
      return entry.search ? getSearchEngine(entry.search).engine.warm() : undefined
    })
    // A failed read is not kept: the query reads it again and shows the error.
    .catch(() => undefined)
})

/**
 * Reads what the page needs (the calendar for a date range) and starts the first page, which is
 * not awaited (typing never waits on a fetch): it is read as the page renders.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  await startSearch(new URL(request.url).search)
  return null
}

/**
 * Typing and Enter change only the query string, and the page renders from the URL: with nothing
 * left to load, the router renders it at once (in one synchronous render when Enter found the
 * results already read) instead of after a loader round and in slices between frames.
 */
export const shouldRevalidate = ({ nextUrl }: ShouldRevalidateFunctionArgs) =>
  !searchReady(nextUrl.search)

/** `/search`: the results render in the page, not in the loader. */
export function Component() {
  const params = parseSearchParams(useLocation().search)
  return params.from || params.to ? (
    <DateRangeSearch params={params} />
  ) : (
    <SearchPage params={params} window={undefined} />
  )
}

/** A date range is a window of the latest list, read from the calendar (the loader read it). */
function DateRangeSearch({ params }: { params: SearchParams }) {
  const calendar = useCalendar(useEntry().calendar)
  return <SearchPage params={params} window={dateWindow(calendar, params.from, params.to)} />
}

function SearchPage({ params, window }: { params: SearchParams; window: SearchInput['window'] }) {
  const t = useT(messages)
  const input = searchInput(params, window)
  const title = params.q ? t('headingFor', { q: params.q }) : t('heading')
  return (
    <div className="search-page">
      <PageHeading title={title}>{title}</PageHeading>
      {input ? (
        <SearchResults input={input} params={params} />
      ) : (
        <div className="search-prompt">
          <SearchToolbar params={params} status="" />
          <p>{t('prompt')}</p>
          <p className="search-syntax">{t('syntax')}</p>
        </div>
      )}
    </div>
  )
}
