import { queryOptions } from '@tanstack/react-query'
import type { ListPage, ListRef } from '../../bundle/format'
import { FORMAT_VERSION, PAGE_SIZE } from '../../bundle/format'
import { bundlePaths, pageCount } from '../../bundle/paths'
import { validateListPage } from '../../bundle/validate'
import { bundleUrl } from '../core/bundle-url'
import { fetchJson } from '../core/fetch-json'

/** One stored page file, as written by the builder. */
export const getStoredPage = (hash: string, page: number, signal?: AbortSignal) =>
  fetchJson(bundleUrl(bundlePaths.listPage(hash, page)), validateListPage, { signal })

/**
 * Page `page` (from 1) of a list. A window (years, months, days) spans at most two
 * stored pages of the latest list; a stored list maps one to one.
 */
export async function getListPage(
  list: ListRef,
  page: number,
  signal?: AbortSignal,
): Promise<ListPage> {
  const start = (list.start ?? 0) + (page - 1) * PAGE_SIZE
  const end = Math.min((list.start ?? 0) + list.n, start + PAGE_SIZE)
  const first = Math.floor(start / PAGE_SIZE) + 1
  const last = Math.max(first, Math.floor((end - 1) / PAGE_SIZE) + 1)
  const stored = await Promise.all(
    Array.from({ length: last - first + 1 }, (_, i) => getStoredPage(list.h, first + i, signal)),
  )
  const items = stored
    .flatMap((p) => p.items)
    .slice(start - (first - 1) * PAGE_SIZE)
    .slice(0, end - start)
  return { format: FORMAT_VERSION, page, pages: pageCount(list, PAGE_SIZE), total: list.n, items }
}

/** Immutable: the key holds the content hash, so pages never go stale. */
export const listPageQueryOptions = (list: ListRef, page: number) =>
  queryOptions({
    queryKey: ['lists', list, page],
    queryFn: ({ signal }) => getListPage(list, page, signal),
    staleTime: Infinity,
  })
