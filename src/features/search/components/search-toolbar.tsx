import type { ReactNode } from 'react'
import { Suspense } from 'react'
import { Link } from '../../../components/link'
import type { SearchParams } from '../../../lib/core/paths'
import { paths } from '../../../lib/core/paths'
import { useT } from '../../../lib/i18n/locale'
import { IN_PLACE } from '../../../lib/navigation-state'
import { messages } from '../messages'
import { CategoryFilter } from './category-filter'
import { DateFilter } from './date-filter'
import { FilterChip } from './filter-chip'

const range = (from?: string, to?: string) =>
  from && to ? (from === to ? from : `${from} – ${to}`) : from ? `${from} –` : to ? `– ${to}` : ''

interface Props {
  params: SearchParams
  /** The result count, or what the search is doing; read out as it changes. */
  status: ReactNode
}

/** The count, the filter chips and the sort order: one line above the results. */
export function SearchToolbar({ params, status }: Props) {
  const t = useT(messages)
  const sort = params.sort ?? 'newest'
  const filtered = Boolean(params.category || params.from || params.to)
  return (
    <div className="search-toolbar">
      <p className="search-count" role="status">
        {status}
      </p>
      <div className="search-filters" role="group" aria-label={t('filters')}>
        <FilterChip
          label={t('category')}
          value={params.category?.at(-1) ?? t('allCategories')}
          active={Boolean(params.category)}
        >
          <Suspense fallback={<p className="chip-loading">…</p>}>
            <CategoryFilter params={params} />
          </Suspense>
        </FilterChip>
        <FilterChip
          label={t('date')}
          value={range(params.from, params.to) || t('anyDate')}
          active={Boolean(params.from || params.to)}
        >
          <Suspense fallback={<p className="chip-loading">…</p>}>
            <DateFilter params={params} />
          </Suspense>
        </FilterChip>
        {filtered && (
          <Link
            className="chip-clear"
            to={paths.search({ q: params.q, sort: params.sort })}
            state={IN_PLACE}
          >
            {t('clearFilters')}
          </Link>
        )}
      </div>
      <nav className="search-sort" aria-label={t('sort')}>
        {(['newest', 'relevance'] as const).map((s) => (
          <Link
            key={s}
            to={paths.search({ ...params, sort: s, page: undefined })}
            state={IN_PLACE}
            aria-current={s === sort ? 'true' : undefined}
          >
            {t(s)}
          </Link>
        ))}
      </nav>
    </div>
  )
}
