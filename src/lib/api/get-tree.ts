import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { bundlePaths } from '../../bundle/paths'
import { validateTree } from '../../bundle/validate'
import { bundleUrl } from '../core/bundle-url'
import { fetchJson } from '../core/fetch-json'

export const getTree = (hash: string, signal?: AbortSignal) =>
  fetchJson(bundleUrl(bundlePaths.tree(hash)), validateTree, { signal })

/** Keyed by content hash: the file never changes, so it never goes stale. */
export const treeQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['bundle', 'tree', hash],
    queryFn: ({ signal }) => getTree(hash, signal),
    staleTime: Infinity,
  })

export const useTree = (hash: string) => useSuspenseQuery(treeQueryOptions(hash)).data
