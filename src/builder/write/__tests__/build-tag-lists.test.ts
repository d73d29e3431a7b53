import { describe, expect, it } from 'vitest'
import type { ArticleSummary, ListRef } from '../../../bundle/format'
import { buildIndexes, sortSummaries } from '../build-indexes'
import { buildTagLists } from '../build-tag-lists'

const summary = (id: string, date: string): ArticleSummary => ({
  id,
  f: `f-${id}`,
  title: id,
  date,
  categories: [],
  excerpt: '',
})

describe('buildTagLists', () => {
  const sorted = sortSummaries([
    summary('a', '2022-01-01T00:00:00Z'),
    summary('b', '2022-01-03T00:00:00Z'),
    summary('c', '2022-01-02T00:00:00Z'),
    summary('d', '2022-01-04T00:00:00Z'),
  ])
  const tags: Record<string, string[]> = {
    a: ['x', '阅读 工具'],
    b: ['x'],
    c: ['y', 'x'],
    d: ['y'],
  }

  it('lists each tag newest first and indexes tags by count, then by name', () => {
    const stored: ArticleSummary[][] = []
    const store = (items: ArticleSummary[]): ListRef => {
      stored.push(items)
      return { h: `h${stored.length}`, n: items.length }
    }
    const { index, lists } = buildTagLists(sorted, (id) => tags[id], store)
    expect(index).toEqual([
      ['x', 3],
      ['y', 2],
      ['阅读 工具', 1],
    ])
    const ids = (ref: ListRef | undefined) =>
      stored[Number(ref?.h.slice(1)) - 1]?.map((s) => s.id) ?? []
    expect(ids(lists.get('x'))).toEqual(['b', 'c', 'a'])
    expect(ids(lists.get('y'))).toEqual(['d', 'c'])
    expect(ids(lists.get('阅读 工具'))).toEqual(['a'])
  })

  it('holds the very summaries of the latest list, and nothing when no post has tags', () => {
    const withTags = buildIndexes([...sorted], 'UTC', (id) => tags[id])
    const x = withTags.stored.find((l) => l.h === withTags.tags.lists.get('x')?.h)
    expect(x?.items[0]).toBe(withTags.stored[0]?.items.find((s) => s.id === 'b'))
    const none = buildIndexes([...sorted], 'UTC')
    expect(none.tags.index).toEqual([])
    expect(none.tags.lists.size).toBe(0)
  })
})
