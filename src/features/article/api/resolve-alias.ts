import type { QueryClient } from '@tanstack/react-query'
import { queryOptions } from '@tanstack/react-query'
import { bundlePaths, normalizePermalink, shardOf } from '../../../bundle/paths'
import { validateAliasIndex, validateAliasShard } from '../../../bundle/validate'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import { bundleUrl } from '../../../lib/core/bundle-url'
import { FetchJsonError, fetchJson } from '../../../lib/core/fetch-json'

export const getAliasIndex = (hash: string, signal?: AbortSignal) =>
  fetchJson(bundleUrl(bundlePaths.aliasIndex(hash)), validateAliasIndex, { signal })

export const aliasIndexQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['articles', 'aliases', 'index', hash],
    queryFn: ({ signal }) => getAliasIndex(hash, signal),
    staleTime: Infinity,
  })

export const getAliasShard = (hash: string, signal?: AbortSignal) =>
  fetchJson(bundleUrl(bundlePaths.aliasShard(hash)), validateAliasShard, { signal })

export const aliasShardQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['articles', 'aliases', 'shard', hash],
    queryFn: ({ signal }) => getAliasShard(hash, signal),
    staleTime: Infinity,
  })

/** The app's base path without its trailing slash: `/news/` → `/news`, `/` → ''. */
const basePrefix = () => import.meta.env.BASE_URL.replace(/\/+$/, '')

async function lookUp(qc: QueryClient, key: string): Promise<string | null> {
  const entry = await qc.ensureQueryData(entryQueryOptions())
  // Unlike a shard, a missing index is a failure to show: without it no old permalink resolves.
  const { shards } = await qc.ensureQueryData(aliasIndexQueryOptions(entry.aliases))
  const hash = shards[shardOf(key, shards.length)]
  if (hash === undefined) return null
  try {
    const { ids } = await qc.ensureQueryData(aliasShardQueryOptions(hash))
    // Own keys only: a path such as `constructor` must not find Object.prototype.
    return Object.hasOwn(ids, key) ? (ids[key] ?? null) : null
  } catch (error) {
    // A shard the entry names but the server lacks: treat as "no such alias", not a crash.
    if (error instanceof FetchJsonError && error.kind === 'not-found') return null
    throw error
  }
}

/**
 * The article id an old Hexo permalink points at, or null when there is none. `pathname` is
 * normally relative to the app's base; one that still carries the base is tried without it too.
 * Fetch errors other than a missing shard propagate, so the caller can offer Retry.
 */
export async function resolveAlias(qc: QueryClient, pathname: string): Promise<string | null> {
  const key = normalizePermalink(pathname)
  if (!key) return null
  const found = await lookUp(qc, key)
  if (found !== null) return found
  const base = basePrefix()
  if (!base || !pathname.startsWith(`${base}/`)) return null
  const unbased = normalizePermalink(pathname.slice(base.length))
  return unbased ? lookUp(qc, unbased) : null
}
