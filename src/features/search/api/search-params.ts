import type { SearchParams } from '../../../lib/core/paths'
import { parsePage } from '../../../lib/core/paths'

/** The inverse of paths' encodeCategoryParam: `金融/新浪财经` → its path. */
export const decodeCategoryParam = (value: string): string[] =>
  value
    .split('/')
    .filter(Boolean)
    .map((name) => name.replace(/%2F/gi, '/').replace(/%25/g, '%'))

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** `/search`'s parameters, anything malformed dropped; `from` and `to` in order. */
export function parseSearchParams(search: string | URLSearchParams): SearchParams {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const out: SearchParams = {}
  const q = params.get('q')?.trim()
  if (q) out.q = q
  const category = decodeCategoryParam(params.get('category') ?? '').map((n) => n.normalize('NFC'))
  if (category.length > 0) out.category = category
  let from = params.get('from') ?? undefined
  let to = params.get('to') ?? undefined
  if (from && !MONTH.test(from)) from = undefined
  if (to && !MONTH.test(to)) to = undefined
  if (from && to && from > to) [from, to] = [to, from]
  if (from) out.from = from
  if (to) out.to = to
  if (params.get('sort') === 'relevance') out.sort = 'relevance'
  out.page = parsePage(params) ?? 1
  return out
}
