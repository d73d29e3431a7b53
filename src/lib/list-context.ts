import type { QueryClient } from '@tanstack/react-query'
import type { ListRef } from '../bundle/format'
import { pageCount } from '../bundle/paths'
import { calendarQueryOptions } from './api/get-calendar'
import { entryQueryOptions } from './api/get-entry'
import { findCategoryList } from './api/get-category-list'
import { findTagList } from './api/get-tags'
import { findMonth, findYear } from './calendar'
import { findDay } from './calendar-periods'
import { formatDay, formatMonth, formatYear } from './core/format-date'
import type { Locale } from './i18n/locale'
import type { ListContext } from './list-context-codec'
import { paths } from './core/paths'

// The codec lives on its own so list pages can encode without loading the resolver's dependencies.
export { decodeListContext, encodeListContext } from './list-context-codec'
export type { ListContext } from './list-context-codec'

const latestLabel: Record<Locale, string> = { zh: '最新', en: 'Latest' }
const tagLabel: Record<Locale, (name: string) => string> = {
  zh: (name) => `标签：${name}`,
  en: (name) => `Tag: ${name}`,
}

/**
 * Resolves a context to its list through the entry, tree, tag and calendar queries.
 * Null when the list no longer exists or the page is out of range. `href` links back to the list page.
 */
export async function listRefForContext(
  qc: QueryClient,
  ctx: ListContext,
  locale: Locale = 'zh',
): Promise<{ list: ListRef; label: string; href: string } | null> {
  const entry = await qc.ensureQueryData(entryQueryOptions())
  let found: { list: ListRef; label: string; href: (page?: number) => string } | null = null
  if (ctx.kind === 'latest') {
    found = { list: entry.latest, label: latestLabel[locale], href: paths.home }
  } else if (ctx.kind === 'category') {
    const category = await findCategoryList(qc, entry, ctx.path)
    if (category)
      found = {
        list: category.list,
        label: ctx.path.join(' › '),
        href: (p) => paths.category(ctx.path, p),
      }
  } else if (ctx.kind === 'tag') {
    const list = await findTagList(qc, entry, ctx.name)
    if (list)
      found = {
        list,
        label: tagLabel[locale](list.name ?? ctx.name),
        href: (p) => paths.tag(ctx.name, p),
      }
  } else {
    const cal = await qc.ensureQueryData(calendarQueryOptions(entry.calendar))
    if (ctx.kind === 'year') {
      const list = findYear(cal, ctx.year)?.list
      if (list)
        found = {
          list,
          label: formatYear(locale, ctx.year),
          href: (p) => paths.archive(ctx.year, undefined, undefined, p),
        }
    } else if (ctx.kind === 'month') {
      const list = findMonth(cal, ctx.year, ctx.month)?.list
      if (list)
        found = {
          list,
          label: formatMonth(locale, ctx.year, ctx.month),
          href: (p) => paths.archive(ctx.year, ctx.month, undefined, p),
        }
    } else {
      const list = findDay(cal, ctx.year, ctx.month, ctx.day)
      if (list)
        found = {
          list,
          label: formatDay(locale, ctx.year, ctx.month, ctx.day),
          href: (p) => paths.archive(ctx.year, ctx.month, ctx.day, p),
        }
    }
  }
  if (!found) return null
  const page = ctx.page ?? 1
  if (page > pageCount(found.list, entry.pageSize)) return null
  return { list: found.list, label: found.label, href: found.href(page) }
}
