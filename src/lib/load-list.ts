import type { QueryClient } from '@tanstack/react-query'
import type { ListRef } from '../bundle/format'
import { pageCount } from '../bundle/paths'
import { listPageQueryOptions } from './api/get-list-page'
import { notFound } from './not-found'
import { parsePage } from './core/paths'

export interface ListPageParams {
  list: ListRef
  page: number
  pages: number
  total: number
}

/**
 * For list route loaders: checks `?page=` against the list and loads that page.
 * A bad or out-of-range page throws the 404 page, pointing back at page one.
 */
export async function ensureListPage(
  qc: QueryClient,
  list: ListRef,
  pageSize: number,
  url: string,
  firstPage: string,
): Promise<ListPageParams> {
  const page = parsePage(new URL(url).searchParams)
  const pages = pageCount(list, pageSize)
  if (page === null || page > pages) throw notFound('page', firstPage)
  await qc.ensureQueryData(listPageQueryOptions(list, page))
  return { list, page, pages, total: list.n }
}
