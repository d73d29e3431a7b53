import type { ArticleSummary, ListRef, TagCount, TagListRef } from '../../bundle/format'
import type { PostTags } from '../parse/categories'

export interface TagLists {
  /** Every tag and its article count, most used first, then by name. */
  index: TagCount[]
  /** Tag key → its stored list, and its name where that differs from the key. */
  lists: Map<string, TagListRef>
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * One stored list per tag key, newest first: one pass over the sorted summaries, and each list
 * holds references to summaries the latest list already holds, so memory grows with tag uses only.
 */
export function buildTagLists(
  sorted: readonly ArticleSummary[],
  tagsOf: (id: string) => PostTags | undefined,
  store: (items: ArticleSummary[]) => ListRef,
): TagLists {
  const byKey = new Map<string, ArticleSummary[]>()
  // Keys that `tag_map` gave, whose pages need a name; found in this pass, named in a second.
  const mapped = new Set<string>()
  for (const summary of sorted) {
    const tags = tagsOf(summary.id)
    if (!tags) continue
    const keys = tags.keys ?? tags.names
    keys.forEach((key, i) => {
      if (key !== tags.names[i]) mapped.add(key)
      const items = byKey.get(key)
      // Two names of one post may share a key; the post is listed once.
      if (items?.at(-1) === summary) return
      if (items) items.push(summary)
      else byKey.set(key, [summary])
    })
  }
  const namesOf = mapped.size > 0 ? countNames(sorted, tagsOf, mapped) : new Map()
  const named = [...byKey.keys()].map((key) => [key, shownName(key, namesOf.get(key))] as const)
  named.sort(
    ([a, an], [b, bn]) =>
      (byKey.get(b)?.length ?? 0) - (byKey.get(a)?.length ?? 0) ||
      byCodePoint(an, bn) ||
      byCodePoint(a, b),
  )
  const lists = new Map<string, TagListRef>()
  const index: TagCount[] = []
  for (const [key, name] of named) {
    const list = store(byKey.get(key) ?? [])
    lists.set(key, name === key ? list : { ...list, name })
    index.push(name === key ? [key, list.n] : [key, list.n, name])
  }
  return { index, lists }
}

/** How often each name is written under each of `keys`. */
function countNames(
  sorted: readonly ArticleSummary[],
  tagsOf: (id: string) => PostTags | undefined,
  keys: ReadonlySet<string>,
) {
  const namesOf = new Map<string, Map<string, number>>()
  for (const summary of sorted) {
    const tags = tagsOf(summary.id)
    tags?.names.forEach((name, i) => {
      const key = tags.keys?.[i] ?? name
      if (!keys.has(key)) return
      const counts = namesOf.get(key) ?? new Map<string, number>()
      counts.set(name, (counts.get(name) ?? 0) + 1)
      namesOf.set(key, counts)
    })
  }
  return namesOf
}

/**
 * A key's page is headed by the name written most often under it; a name that is the key itself
 * wins a tie, then the first in code point order. Hexo, given two tags that map to one slug,
 * writes one page over the other; here they share a page.
 */
function shownName(key: string, counts: Map<string, number> | undefined): string {
  if (!counts) return key
  let best = key
  let most = counts.get(key) ?? 0
  for (const [name, n] of counts) {
    if (n > most || (n === most && best !== key && byCodePoint(name, best) < 0)) {
      best = name
      most = n
    }
  }
  return best
}
