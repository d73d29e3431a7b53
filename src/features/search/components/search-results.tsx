import { useAnnouncement } from '../../../lib/use-announcement'
import { useNavigate } from 'react-router'
import { ErrorPanel } from '../../../components/error-panel'
import { ListSkeleton } from '../../../components/skeletons'
import { useEntry } from '../../../lib/api/get-entry'
import type { SearchParams } from '../../../lib/core/paths'
import { paths } from '../../../lib/core/paths'
import { useT } from '../../../lib/i18n/locale'
import { IN_PLACE } from '../../../lib/navigation-state'
import type { SearchInput } from '../api/get-search'
import { SEARCH_PAGE_SIZE, readSoFar, useSearch } from '../api/get-search'
import { messages } from '../messages'
import { ReadOnView } from './read-on-view'
import { ResultEntry } from './result-entry'
import { useReadMarks, useSavedMarks } from '../../../lib/reading/use-read-marks'
import { SearchToolbar } from './search-toolbar'

interface Props {
  input: SearchInput
  params: SearchParams
}

/** The count, the results page by page, and the loading, empty, error and offline states. */
export function SearchResults({ input, params }: Props) {
  const t = useT(messages)
  const navigate = useNavigate()
  const { site, search: hash } = useEntry()
  const query = useSearch(hash, input, params.page ?? 1)
  const filtered = Boolean(params.category || params.from || params.to)
  const ids = query.data?.pages.flatMap((p) => p.results.map((r) => r.article.id)) ?? []
  const isRead = useReadMarks(ids)
  const isSaved = useSavedMarks(ids)
  // Not a second role=status beside the count: a polite region the mark buttons speak through.
  const [marked, announce] = useAnnouncement()

  if (query.isPending)
    return (
      <div className="search-body" aria-busy="true">
        <SearchToolbar params={params} status={t('searching')} />
        <ListSkeleton rows={4} />
      </div>
    )
  if (query.isError && !query.isFetchNextPageError)
    return (
      <div className="search-body">
        <SearchToolbar params={params} status="" />
        <ErrorPanel compact error={query.error} onRetry={() => void query.refetch()} />
      </div>
    )

  const pages = query.data.pages
  const results = pages.flatMap((p) => p.results)
  const last = pages[pages.length - 1]!
  const count = last.count
  const read = readSoFar(pages)
  // The first screen is read first; the rest of its page comes as it scrolls into view.
  const midPage = read % SEARCH_PAGE_SIZE !== 0
  const more = () => {
    void query.fetchNextPage()
    void navigate(paths.search({ ...params, page: Math.ceil(read / SEARCH_PAGE_SIZE) + 1 }), {
      replace: true,
      state: IN_PLACE,
    })
  }
  return (
    <div className="search-body" aria-busy={query.isPlaceholderData || query.isFetchingNextPage}>
      <SearchToolbar
        params={params}
        status={
          query.isPlaceholderData
            ? t('searching')
            : t(count.exact ? 'exact' : 'about', { n: count.value.toLocaleString() })
        }
      />
      {last.incomplete && <p className="search-notice">{t('incomplete')}</p>}
      <p className="visually-hidden" aria-live="polite">
        {marked}
      </p>
      {results.length === 0 ? (
        <div className="search-empty">
          <p>{t('none')}</p>
          <p>{t(filtered ? 'noneFiltered' : 'noneQuery')}</p>
          {filtered && (
            <p>
              <button
                type="button"
                className="button"
                onClick={() =>
                  void navigate(paths.search({ q: params.q, sort: params.sort }), {
                    state: IN_PLACE,
                  })
                }
              >
                {t('clearFilters')}
              </button>
            </p>
          )}
        </div>
      ) : (
        <ol
          className={
            query.isPlaceholderData ? 'entries search-results stale' : 'entries search-results'
          }
        >
          {results.map((r) => (
            <ResultEntry
              key={r.doc}
              result={r}
              timeZone={site.timezone}
              lang={site.language}
              read={isRead(r.article.id)}
              saved={isSaved(r.article.id)}
              onMarked={announce}
            />
          ))}
        </ol>
      )}
      {query.isFetchNextPageError ? (
        <ErrorPanel compact error={query.error} onRetry={() => void query.refetch()} />
      ) : query.hasNextPage && !query.isPlaceholderData && midPage ? (
        <ReadOnView
          label={query.isFetchingNextPage ? t('loadingMore') : ''}
          onView={() => {
            if (!query.isFetchingNextPage) void query.fetchNextPage()
          }}
        />
      ) : (
        query.hasNextPage &&
        !query.isPlaceholderData && (
          <p className="search-more">
            <button
              type="button"
              className="button secondary"
              onClick={more}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? t('loadingMore') : t('more')}
            </button>
          </p>
        )
      )}
    </div>
  )
}
