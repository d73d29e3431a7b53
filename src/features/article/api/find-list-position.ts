import type { ArticleSummary, ListPage } from '../../../bundle/format'

export interface ListPosition {
  /** 1-based place of the article in the list. */
  index: number
  total: number
  /** The page that holds the article. */
  page: number
  previous: ArticleSummary | null
  next: ArticleSummary | null
}

/** Page fetches allowed before giving up: enough for a binary search over 4096 pages. */
export const MAX_PROBES = 14

const time = (iso: string) => {
  const t = Date.parse(iso)
  return Number.isNaN(t) ? null : t
}

/**
 * Where the article stands relative to a page of a newest-first list: -1 on an earlier page
 * (it is newer than everything here), 1 on a later page, 0 when the dates can't tell.
 */
function direction(items: readonly ArticleSummary[], date: number | null): -1 | 0 | 1 {
  const [head, tail] = [items[0], items.at(-1)]
  const first = head ? time(head.date) : null
  const last = tail ? time(tail.date) : null
  if (date === null || first === null || last === null || first < last) return 0
  if (date > first) return -1
  if (date < last) return 1
  return 0
}

/**
 * Finds an article in a list and its neighbours, fetching as few pages as it can: the hinted
 * page first (where the reader came from), then a binary search by date, then the nearest
 * pages not yet seen. Returns null when the article is not found within MAX_PROBES pages.
 */
export async function findListPosition(
  getPage: (page: number) => Promise<ListPage>,
  article: { id: string; date: string },
  hintPage: number,
  pageSize: number,
): Promise<ListPosition | null> {
  const date = time(article.date)
  const seen = new Set<number>()
  let lo = 1
  let hi = Math.max(1, hintPage)
  let p = hi
  for (let probe = 0; probe < MAX_PROBES; probe++) {
    const page = await getPage(p)
    if (probe === 0) hi = Math.max(1, page.pages)
    seen.add(p)
    const at = page.items.findIndex((item) => item.id === article.id)
    if (at >= 0) return positionAt(getPage, page, at, pageSize)
    const dir = direction(page.items, date)
    if (dir > 0) lo = Math.max(lo, p + 1)
    if (dir < 0) hi = Math.min(hi, p - 1)
    const candidate = nextProbe(seen, lo, hi, p, dir, probe === 0)
    if (candidate === null) return null
    p = candidate
  }
  return null
}

function nextProbe(
  seen: Set<number>,
  lo: number,
  hi: number,
  from: number,
  dir: number,
  first: boolean,
) {
  if (lo > hi) return null
  // The hinted page is usually right or one off: look next door before halving.
  const adjacent = from + (dir || 1)
  if (dir !== 0 && first && adjacent >= lo && adjacent <= hi && !seen.has(adjacent)) return adjacent
  const mid = Math.floor((lo + hi) / 2)
  if (dir !== 0 && !seen.has(mid)) return mid
  // Dates can't guide us: widen around where we are.
  for (let d = 1; d <= hi - lo + 1; d++) {
    for (const q of [from + d, from - d]) if (q >= lo && q <= hi && !seen.has(q)) return q
  }
  return null
}

async function positionAt(
  getPage: (page: number) => Promise<ListPage>,
  page: ListPage,
  at: number,
  pageSize: number,
): Promise<ListPosition> {
  const previous =
    at > 0
      ? page.items[at - 1]
      : page.page > 1
        ? (await getPage(page.page - 1)).items.at(-1)
        : undefined
  const next =
    at < page.items.length - 1
      ? page.items[at + 1]
      : page.page < page.pages
        ? (await getPage(page.page + 1)).items[0]
        : undefined
  return {
    index: (page.page - 1) * pageSize + at + 1,
    total: page.total,
    page: page.page,
    previous: previous ?? null,
    next: next ?? null,
  }
}
