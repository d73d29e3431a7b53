import type { QueryClient } from '@tanstack/react-query'
import { queryOptions } from '@tanstack/react-query'
import { locateCategory } from '../../bundle/category-refs'
import type { CategoryNode, CategoryTree, Entry, ListRef } from '../../bundle/format'
import { bundlePaths } from '../../bundle/paths'
import { validateCategoryRefShard } from '../../bundle/validate'
import { bundleUrl } from '../core/bundle-url'
import { FetchJsonError, fetchJson } from '../core/fetch-json'
import { treeQueryOptions } from './get-tree'

/** One ref shard: the lists of a run of the tree's nodes, read only when one of them opens. */
export const categoryRefsQueryOptions = (hash: string) =>
  queryOptions({
    queryKey: ['bundle', 'category-refs', hash],
    queryFn: ({ signal }) =>
      fetchJson(bundleUrl(bundlePaths.categoryRefs(hash)), validateCategoryRefShard, { signal }),
    staleTime: Infinity,
  })

/** The node at `path` and its list, or null when the tree has no such category. */
export async function findCategoryList(
  qc: QueryClient,
  entry: Pick<Entry, 'tree'>,
  path: readonly string[],
): Promise<{ node: CategoryNode; list: ListRef } | null> {
  const tree = await qc.ensureQueryData(treeQueryOptions(entry.tree))
  const at = locateCategory(tree, path)
  if (!at) return null
  const url = bundleUrl(bundlePaths.categoryRefs(at.shard ?? 'missing'))
  const lists = at.shard ? (await qc.ensureQueryData(categoryRefsQueryOptions(at.shard))).lists : []
  const list = lists[at.index]
  // A shard that does not fit the tree is a bundle this app cannot read, as a shape error is.
  if (!list || list.n !== at.node.n)
    throw new FetchJsonError('format', url, `${url} has no list for ${path.join(' › ')}`)
  return { node: at.node, list }
}

/** Starts reading the shard of the category at `path`, on a reader's intent to open it. */
export function prefetchCategoryList(
  qc: QueryClient,
  tree: CategoryTree,
  path: readonly string[],
): void {
  const shard = locateCategory(tree, path)?.shard
  if (shard) void qc.prefetchQuery(categoryRefsQueryOptions(shard))
}
