import type { QueryClient } from '@tanstack/react-query'
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import type { Entry } from '../../../bundle/format'
import { articleFileIn, bundlePaths, idShardHashOf } from '../../../bundle/paths'
import { validateIdShard } from '../../../bundle/validate'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import { bundleUrl } from '../../../lib/core/bundle-url'
import { fetchJson } from '../../../lib/core/fetch-json'

export const getIdShard = (hash: string, signal?: AbortSignal) =>
  fetchJson(bundleUrl(bundlePaths.idShard(hash)), validateIdShard, { signal })

/** Keyed by content hash: the shard never changes, so it never goes stale. */
export const idShardQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['articles', 'ids', hash],
    queryFn: ({ signal }) => getIdShard(hash, signal),
    staleTime: Infinity,
  })

/** Hash of the id shard that holds `id`; null only for a bundle with no shards. */
export function idShardHashFor(entry: Entry, id: string): string | null {
  return idShardHashOf(entry, id) ?? null
}

/** id → article file hash, for loaders; null for an id the bundle does not know. */
export async function findArticleFile(qc: QueryClient, id: string): Promise<string | null> {
  const entry = await qc.ensureQueryData(entryQueryOptions())
  const hash = idShardHashFor(entry, id)
  if (hash === null) return null
  return articleFileIn(await qc.ensureQueryData(idShardQueryOptions(hash)), id)
}

/** The same lookup for components; the loader has warmed the shard, so this rarely suspends. */
export const useArticleFile = (hash: string, id: string): string | null =>
  articleFileIn(useSuspenseQuery(idShardQueryOptions(hash)).data, id)
