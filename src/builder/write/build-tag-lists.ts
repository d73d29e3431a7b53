import type { ArticleSummary, ListRef, TagCount } from '../../bundle/format'

export interface TagLists {
  /** Every tag and its article count, most used first, then by name. */
  index: TagCount[]
  /** Tag name → its stored list. */
  lists: Map<string, ListRef>
}

/**
 * One stored list per tag, newest first: one pass over the sorted summaries, and each list holds
 * references to summaries the latest list already holds, so memory grows with tag uses only.
 */
export function buildTagLists(
  sorted: readonly ArticleSummary[],
  tagsOf: (id: string) => readonly string[] | undefined,
  store: (items: ArticleSummary[]) => ListRef,
): TagLists {
  const byTag = new Map<string, ArticleSummary[]>()
  for (const summary of sorted) {
    for (const tag of tagsOf(summary.id) ?? []) {
      const items = byTag.get(tag)
      if (items) items.push(summary)
      else byTag.set(tag, [summary])
    }
  }
  const names = [...byTag.keys()].sort(
    (a, b) =>
      (byTag.get(b)?.length ?? 0) - (byTag.get(a)?.length ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  )
  const lists = new Map<string, ListRef>()
  const index: TagCount[] = []
  for (const name of names) {
    const list = store(byTag.get(name) ?? [])
    lists.set(name, list)
    index.push([name, list.n])
  }
  return { index, lists }
}
