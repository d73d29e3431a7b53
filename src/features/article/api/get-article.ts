import type { QueryClient } from '@tanstack/react-query'
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Article } from '../../../bundle/format'
import { bundlePaths } from '../../../bundle/paths'
import { validateArticle } from '../../../bundle/validate'
import { bundleUrl } from '../../../lib/core/bundle-url'
import { fetchJson } from '../../../lib/core/fetch-json'
import { findArticleFile } from './get-id-shard'

export const getArticle = (file: string, signal?: AbortSignal) =>
  fetchJson(bundleUrl(bundlePaths.article(file)), validateArticle, { signal })

/** Keyed by the article file's content hash: a changed article gets a new name. */
export const articleQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['articles', 'detail', file],
    queryFn: ({ signal }) => getArticle(file, signal),
    staleTime: Infinity,
  })

export const useArticle = (file: string) => useSuspenseQuery(articleQueryOptions(file)).data

/** For the route loader: entry → id shard → article file; null for an id the bundle does not know. */
export async function ensureArticle(qc: QueryClient, id: string): Promise<Article | null> {
  const file = await findArticleFile(qc, id)
  return file === null ? null : qc.ensureQueryData(articleQueryOptions(file))
}
