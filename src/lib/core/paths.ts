/**
 * Every app URL comes from here: route patterns for the router and href builders for links.
 * Paths are relative to the router's basename (Vite's `base`), so links never spell it out.
 */
import { pagePaths } from '../../bundle/page-paths'

export const routePatterns = {
  home: '/',
  category: 'category/*',
  tags: 'tags',
  tag: 'tag/*',
  archive: 'archive',
  archiveYear: 'archive/:year',
  archiveMonth: 'archive/:year/:month',
  archiveDay: 'archive/:year/:month/:day',
  article: 'article/:id',
  settings: 'settings',
  search: 'search',
  history: 'history',
  saved: 'saved',
  notFound: '*',
} as const

/** Vite's base without its trailing slash, as react-router wants it: `/news/` → `/news`. */
export const routerBasename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/'

function withPage(path: string, page?: number): string {
  return page !== undefined && page > 1 ? `${path}?page=${page}` : path
}

export const paths = {
  home: (page?: number) => withPage('/', page),
  /** `/category/金融/新浪财经`, each segment encoded on its own so a `/` in a name survives. */
  category: (path: readonly string[], page?: number) =>
    withPage(`/${pagePaths.category(path)}`, page),
  tags: () => '/tags',
  /** `/tag/ES%20模块`: the name as one encoded segment, so a `/` in it survives. */
  tag: (name: string, page?: number) => withPage(`/${pagePaths.tag(name)}`, page),
  archive: (year?: number, month?: number, day?: number, page?: number) =>
    withPage(`/${pagePaths.archive(year, month, day)}`, page),
  /** `from` is an encoded list context (see lib/list-context.ts), kept for previous/next. */
  article: (id: string, from?: string) =>
    `/${pagePaths.article(id)}${from ? `?${new URLSearchParams({ from })}` : ''}`,
  settings: () => '/settings',
  history: () => '/history',
  saved: () => '/saved',
  /** `/search?q=…&category=…&from=YYYY-MM&to=YYYY-MM&sort=relevance&page=N`, defaults left out. */
  search: (params: SearchParams = {}) => {
    const query = new URLSearchParams()
    if (params.q) query.set('q', params.q)
    if (params.category?.length) query.set('category', encodeCategoryParam(params.category))
    if (params.from) query.set('from', params.from)
    if (params.to) query.set('to', params.to)
    if (params.sort === 'relevance') query.set('sort', 'relevance')
    if (params.page !== undefined && params.page > 1) query.set('page', String(params.page))
    const text = query.toString()
    return text ? `/search?${text}` : '/search'
  },
}

/** What `/search` takes: all optional, so an empty query with filters is a browse view. */
export interface SearchParams {
  q?: string
  category?: readonly string[]
  /** `YYYY-MM`, inclusive. */
  from?: string
  to?: string
  sort?: 'newest' | 'relevance'
  page?: number
}

/** A category path as one parameter, `金融/新浪财经`: a `/` or `%` inside a name is escaped. */
export const encodeCategoryParam = (path: readonly string[]) =>
  path.map((name) => name.replace(/%/g, '%25').replace(/\//g, '%2F')).join('/')

/** The path inside the app of a full URL (a loader's request.url): basename stripped, still encoded. */
export function appPathname(url: string | URL): string {
  const { pathname } = typeof url === 'string' ? new URL(url, 'http://x') : url
  const base = routerBasename === '/' ? '' : routerBasename
  if (base && (pathname === base || pathname.startsWith(`${base}/`))) {
    return pathname.slice(base.length) || '/'
  }
  return pathname
}

/** `?page=N`: 1 when absent, null when it is not a positive whole number (`?page=abc`, `?page=0`). */
export function parsePage(search: string | URLSearchParams): number | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search
  const raw = params.get('page')
  if (raw === null) return 1
  if (!/^[1-9]\d{0,6}$/.test(raw)) return null
  return Number(raw)
}

/** The category path in an app pathname (`/category/%E9%87%91%E8%9E%8D`), or null when it has none or is malformed. */
export function parseCategoryPathname(pathname: string): string[] | null {
  const match = /^\/category\/(.+)$/.exec(pathname)
  if (!match?.[1]) return null
  try {
    const segments = match[1]
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s).normalize('NFC'))
    return segments.length > 0 ? segments : null
  } catch {
    return null
  }
}

/** The tag in an app pathname (`/tag/ES%20%E6%A8%A1%E5%9D%97`), or null when it has none or is malformed. */
export function parseTagPathname(pathname: string): string | null {
  const match = /^\/tag\/([^/]+)\/?$/.exec(pathname)
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1]).normalize('NFC') || null
  } catch {
    return null
  }
}

export interface ArchiveDate {
  year: number
  month?: number
  day?: number
}

/** Route params of the archive routes → numbers, or null for anything that is not a real date. */
export function parseArchiveParams(params: {
  year?: string
  month?: string
  day?: string
}): ArchiveDate | null {
  const { year, month, day } = params
  if (year === undefined || !/^\d{4}$/.test(year)) return null
  const y = Number(year)
  if (month === undefined) return { year: y }
  if (!/^\d{1,2}$/.test(month)) return null
  const m = Number(month)
  if (m < 1 || m > 12) return null
  if (day === undefined) return { year: y, month: m }
  if (!/^\d{1,2}$/.test(day)) return null
  const d = Number(day)
  if (d < 1 || d > daysInMonth(y, m)) return null
  return { year: y, month: m, day: d }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
