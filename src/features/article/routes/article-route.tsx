import { Suspense, useMemo } from 'react'
import type { LoaderFunctionArgs } from 'react-router'
import {
  isRouteErrorResponse,
  useLocation,
  useParams,
  useRevalidator,
  useRouteError,
} from 'react-router'
import type { SiteInfo } from '../../../bundle/format'
import { entryQueryOptions, useEntry } from '../../../lib/api/get-entry'
import type { ListContext } from '../../../lib/list-context'
import { decodeListContext } from '../../../lib/list-context'
import { queryClient } from '../../../lib/query-client'
import { ensureArticle, useArticle } from '../api/get-article'
import { idShardHashFor, useArticleFile } from '../api/get-id-shard'
import { ErrorPanel } from '../../../components/error-panel'
import { FetchJsonError } from '../../../lib/core/fetch-json'
import { OfflineArticle } from '../../../components/offline/components/offline-article'
import { notFound } from '../../../lib/not-found'
import { ArticleNotFound } from '../components/article-not-found'
import { ArticleSkeleton } from '../components/article-skeleton'
import { ArticleView } from '../components/article-view'
import '../article.css'
import '../article-body.css'
import '../code-highlight.css'
import '../article-footer.css'
import '../reading-aids/reading-aids.css'
import '../article-print.css'

/** Warms entry → id shard → article; an id the bundle does not know is a 404, not a crash. */
export async function loader({ params }: LoaderFunctionArgs) {
  const article = await ensureArticle(queryClient, params.id ?? '')
  if (!article) throw notFound('article')
  return null
}

interface Located {
  id: string
  context: ListContext
}

function ArticleFromFile({
  file,
  site,
  context,
}: {
  file: string
  site: SiteInfo
  context: ListContext
}) {
  const article = useArticle(file)
  return <ArticleView article={article} site={site} context={context} />
}

function ArticleInShard({ hash, id, site, context }: Located & { hash: string; site: SiteInfo }) {
  const file = useArticleFile(hash, id)
  return file === null ? (
    <ArticleNotFound />
  ) : (
    <ArticleFromFile file={file} site={site} context={context} />
  )
}

// The same queries as the loader, in the same order; they only suspend if the cache was dropped.
function ArticleById({ id, context }: Located) {
  const entry = useEntry()
  const hash = idShardHashFor(entry, id)
  if (hash === null) return <ArticleNotFound />
  return <ArticleInShard hash={hash} id={id} site={entry.site} context={context} />
}

export function Component() {
  const { id = '' } = useParams()
  const { search } = useLocation()
  // No `?from=`: previous/next walk the latest list.
  const context = useMemo<ListContext>(
    () => decodeListContext(search) ?? { kind: 'latest' },
    [search],
  )
  return (
    <Suspense fallback={<ArticleSkeleton />}>
      <ArticleById key={id} id={id} context={context} />
    </Suspense>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  const { revalidate } = useRevalidator()
  if (isRouteErrorResponse(error) && error.status === 404) return <ArticleNotFound />
  // Offline, and this article was never opened or saved (issue 4).
  if (error instanceof FetchJsonError && error.kind === 'offline') {
    return <OfflineArticle onRetry={() => void revalidate()} />
  }
  // A fresh entry first: after a rebuild the old id shard and article files are gone (faults.spec).
  const retry = async () => {
    await queryClient
      .refetchQueries({ queryKey: entryQueryOptions().queryKey })
      .catch(() => undefined)
    await revalidate()
  }
  return <ErrorPanel error={error} onRetry={() => void retry()} />
}

/** Shown inside the layout while a directly opened article loads. */
export const HydrateFallback = ArticleSkeleton
