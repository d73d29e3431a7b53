import { lazy, Suspense } from 'react'
import type { LoaderFunctionArgs } from 'react-router'
import { useLoaderData } from 'react-router'
import { ListView } from '../../../components/list-view'
import { PageHeading } from '../../../components/page-heading'
import { entryQueryOptions, useEntry } from '../../../lib/api/get-entry'
import type { Messages } from '../../../lib/i18n/locale'
import { useT } from '../../../lib/i18n/locale'
import { ensureListPage } from '../../../lib/load-list'
import { paths } from '../../../lib/core/paths'
import { queryClient } from '../../../lib/query-client'
import { CONTINUE_HINT_KEY, hinted } from '../../../lib/reading/hints'
import { ListFeeds } from '../../../components/feeds/lazy-feed-menu'

// Loaded only where something was left part-way: a first visit never fetches it.
const ContinueStrip = lazy(() =>
  import('../components/continue-strip').then((m) => ({ default: m.ContinueStrip })),
)

const messages: Messages<'heading' | 'page'> = {
  zh: { heading: '最新文章', page: '最新文章 · 第 {n} 页' },
  en: { heading: 'Latest', page: 'Latest · page {n}' },
}

const NO_PATH: string[] = []

export async function loader({ request }: LoaderFunctionArgs) {
  const entry = await queryClient.ensureQueryData(entryQueryOptions())
  return ensureListPage(queryClient, entry.latest, entry.pageSize, request.url, paths.home())
}

export function Component() {
  const t = useT(messages)
  const params = useLoaderData<typeof loader>()
  const { site } = useEntry()
  return (
    <ListView
      params={params}
      context={{ kind: 'latest' }}
      pageHref={paths.home}
      heading={
        <>
          <PageHeading title={params.page > 1 ? t('page', { n: params.page }) : ''}>
            {t('heading')}
          </PageHeading>
          <ListFeeds path={NO_PATH} name={site.title} />
        </>
      }
    >
      {params.page === 1 && hinted(CONTINUE_HINT_KEY, false) && (
        <div className="continue-slot">
          <Suspense fallback={null}>
            <ContinueStrip lang={site.language} />
          </Suspense>
        </div>
      )}
    </ListView>
  )
}
