import type { LoaderFunctionArgs } from 'react-router'
import { useLoaderData } from 'react-router'
import { PageHeading } from '../../../components/page-heading'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import { useT } from '../../../lib/i18n/locale'
import { queryClient } from '../../../lib/query-client'
import { searchInput, startSearch } from '../api/start-search'
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

export async function loader({ request }: LoaderFunctionArgs) {
  // The first page is not awaited (typing never waits on a fetch): it is read as the page renders.
  const { params, window } = await startSearch(new URL(request.url).search)
  return { params, window }
}

/** `/search`: the results render in the page, not in the loader. */
export function Component() {
  const t = useT(messages)
  const { params, window } = useLoaderData<typeof loader>()
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
