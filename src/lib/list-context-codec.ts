/** The list an article was opened from, as it travels in `?from=`: types, encoding and decoding only. */
import { daysInMonth } from './core/paths'

/** Which list: the latest articles, a category, or a year, month or day of the archive. */
export type ListKey =
  | { kind: 'latest' }
  | { kind: 'category'; path: string[] }
  /** `name` is the key the tag is found under: its name, or the key `tag_map` gave it. */
  | { kind: 'tag'; name: string }
  | { kind: 'year'; year: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'day'; year: number; month: number; day: number }

/** The list an article was opened from, so the article can offer previous/next within it. */
export type ListContext = ListKey & {
  /** The list page the article was listed on, when known. */
  page?: number
}

const pad2 = (n: number) => String(n).padStart(2, '0')
// `/` separates levels and `@` starts the page, so both are escaped inside a name.
const escapeName = (name: string) =>
  name.replace(/%/g, '%25').replace(/\//g, '%2F').replace(/@/g, '%40')

/** `latest`, `category:金融/新浪财经`, `tag:ES 模块`, `year:2022`, `month:2022-01`, `day:2022-01-06`, plus `@2` for page 2. */
export function encodeListContext(ctx: ListContext): string {
  let key: string
  switch (ctx.kind) {
    case 'latest':
      key = 'latest'
      break
    case 'category':
      key = `category:${ctx.path.map(escapeName).join('/')}`
      break
    case 'tag':
      key = `tag:${escapeName(ctx.name)}`
      break
    case 'year':
      key = `year:${ctx.year}`
      break
    case 'month':
      key = `month:${ctx.year}-${pad2(ctx.month)}`
      break
    case 'day':
      key = `day:${ctx.year}-${pad2(ctx.month)}-${pad2(ctx.day)}`
      break
  }
  return ctx.page !== undefined && ctx.page > 1 ? `${key}@${ctx.page}` : key
}

/** Reads `?from=` from a location search (or the raw value); null when absent or malformed. */
export function decodeListContext(search: string | URLSearchParams): ListContext | null {
  const raw =
    typeof search === 'string'
      ? search.startsWith('?') || search.includes('from=')
        ? new URLSearchParams(search).get('from')
        : search
      : search.get('from')
  if (!raw) return null
  const at = /^(.*)@([1-9]\d{0,6})$/.exec(raw)
  const body = at?.[1] ?? raw
  const page = at?.[2] ? { page: Number(at[2]) } : {}
  if (body === 'latest') return { kind: 'latest', ...page }
  const colon = body.indexOf(':')
  if (colon < 0) return null
  const kind = body.slice(0, colon)
  const key = body.slice(colon + 1)
  if (kind === 'category') {
    try {
      const path = key.split('/').map((s) => decodeURIComponent(s))
      return path.length > 0 && path.every(Boolean) ? { kind, path, ...page } : null
    } catch {
      return null
    }
  }
  if (kind === 'tag') {
    try {
      const name = decodeURIComponent(key)
      return name ? { kind, name, ...page } : null
    } catch {
      return null
    }
  }
  const date = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(key)
  if (!date) return null
  const year = Number(date[1])
  const month = date[2] ? Number(date[2]) : undefined
  const day = date[3] ? Number(date[3]) : undefined
  if (month !== undefined && (month < 1 || month > 12)) return null
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month)))
    return null
  if (kind === 'year' && month === undefined) return { kind, year, ...page }
  if (kind === 'month' && month !== undefined && day === undefined)
    return { kind, year, month, ...page }
  if (kind === 'day' && month !== undefined && day !== undefined)
    return { kind, year, month, day, ...page }
  return null
}
