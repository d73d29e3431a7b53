import type { ArticleSummary, Calendar, CategoryNode, ListRef } from '../../bundle/format'
import type { PostTags } from '../parse/categories'
import { buildCalendar } from './build-calendar'
import { contentHash } from './hash'
import type { TagLists } from './build-tag-lists'
import { buildTagLists } from './build-tag-lists'

/** A list whose pages are written to `lists/<h>-<page>.json.gz`. */
export interface StoredList {
  h: string
  items: ArticleSummary[]
}

export interface Indexes {
  latest: ListRef
  roots: CategoryNode[]
  /** The lists of the tree's nodes, depth first with parents before children (`locateCategory`). */
  categoryLists: ListRef[]
  calendar: Calendar
  stored: StoredList[]
  tags: TagLists
  categoryCount: number
  dayCount: number
}

/** Newest first; ties broken by id so the order is the same on every build. */
export function sortSummaries(items: ArticleSummary[]): ArticleSummary[] {
  return items.sort((a, b) =>
    a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1,
  )
}

export function buildIndexes(
  sorted: ArticleSummary[],
  timezone: string,
  /** An article's tags by id; none when omitted. */
  tagsOf: (id: string) => PostTags | undefined = () => undefined,
): Indexes {
  const stored: StoredList[] = []
  const store = (items: ArticleSummary[]): ListRef => {
    const h = hashList(items)
    stored.push({ h, items })
    return { h, n: items.length }
  }
  const latest = store(sorted)
  const { roots, lists: categoryLists, count } = buildTree(sorted, store)
  const tags = buildTagLists(sorted, tagsOf, store)
  const calendar = buildCalendar(sorted, timezone, latest.h)
  const dayCount = calendar.years.reduce(
    (n, y) => n + y.months.reduce((k, m) => k + m.days.length, 0),
    0,
  )
  return { latest, roots, categoryLists, calendar, stored, tags, categoryCount: count, dayCount }
}

/** The hash covers every summary, so a list's name changes exactly when its content does. */
function hashList(items: ArticleSummary[]): string {
  return contentHash(items.map((s) => `${s.id}:${s.f}`).join('\n'))
}

interface MutableNode {
  name: string
  items: ArticleSummary[]
  children: Map<string, MutableNode>
}

function buildTree(sorted: ArticleSummary[], store: (items: ArticleSummary[]) => ListRef) {
  const root: MutableNode = { name: '', items: [], children: new Map() }
  let count = 0
  for (const summary of sorted) {
    // An article under two hierarchies that share a node is listed there once.
    const touched = new Set<MutableNode>()
    for (const path of summary.categories) {
      let node = root
      for (const name of path) {
        let child = node.children.get(name)
        if (!child) {
          child = { name, items: [], children: new Map() }
          node.children.set(name, child)
          count += 1
        }
        if (!touched.has(child)) child.items.push(summary)
        touched.add(child)
        node = child
      }
    }
  }
  const lists: ListRef[] = []
  const freeze = (node: MutableNode): CategoryNode => {
    // Before the children: the order `locateCategory` counts in.
    lists.push(store(node.items))
    return {
      name: node.name,
      n: node.items.length,
      children: [...node.children.values()].sort(byCountThenName).map(freeze),
    }
  }
  return { roots: [...root.children.values()].sort(byCountThenName).map(freeze), lists, count }
}

function byCountThenName(a: MutableNode, b: MutableNode): number {
  return b.items.length - a.items.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
}
