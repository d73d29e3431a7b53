import type { QueryClient } from '@tanstack/react-query'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { entryQueryOptions } from '../../../lib/api/get-entry'
import { listPageQueryOptions } from '../../../lib/api/get-list-page'
import type { Locale } from '../../../lib/i18n/locale'
import type { ListContext } from '../../../lib/list-context'
import { encodeListContext, listRefForContext } from '../../../lib/list-context'
import type { ListPosition } from './find-list-position'
import { findListPosition } from './find-list-position'

export interface ListNeighbours {
  /** The list's name and where its page lives, for "In 新浪财经 · 3 of 57" and the way back. */
  label: string
  href: string
  /** The context to carry on previous/next links: the same list, at the page found. */
  context: ListContext
  /** Null when the article is not in the list (or too far to find). */
  position: ListPosition | null
}

interface ArticleKey {
  id: string
  date: string
}

async function getListNeighbours(
  qc: QueryClient,
  ctx: ListContext,
  locale: Locale,
  article: ArticleKey,
): Promise<ListNeighbours | null> {
  const ref = await listRefForContext(qc, ctx, locale)
  if (!ref) return null
  const entry = await qc.ensureQueryData(entryQueryOptions())
  const getPage = (page: number) => qc.ensureQueryData(listPageQueryOptions(ref.list, page))
  let position = await findListPosition(getPage, article, ctx.page ?? 1, entry.pageSize).catch(
    () => null,
  )
  // A stale page hint (an old link) may point past the end: search from the top instead.
  if (!position && (ctx.page ?? 1) > 1) {
    position = await findListPosition(getPage, article, 1, entry.pageSize)
  }
  const context: ListContext = { ...ctx, page: position?.page ?? ctx.page }
  const back = position ? await listRefForContext(qc, context, locale) : null
  return { label: ref.label, href: back?.href ?? ref.href, context, position }
}

/** Keyed by the list context and the article; the search spans queries, so it uses the client. */
export const listNeighboursQueryOptions = (
  ctx: ListContext,
  locale: Locale,
  id: string,
  date: string,
) =>
  queryOptions({
    queryKey: ['articles', 'neighbours', encodeListContext(ctx), locale, id, date],
    queryFn: ({ client }) => getListNeighbours(client, ctx, locale, { id, date }),
    staleTime: 60_000,
  })

/** Not suspending: the article shows at once and previous/next appear when found. */
export const useListNeighbours = (ctx: ListContext, locale: Locale, article: ArticleKey) =>
  useQuery(listNeighboursQueryOptions(ctx, locale, article.id, article.date)).data ?? null
