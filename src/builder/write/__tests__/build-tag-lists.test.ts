import { describe, expect, it } from 'vitest'
import type { ArticleSummary, ListRef } from '../../../bundle/format'
import { buildIndexes, sortSummaries } from '../build-indexes'
import { buildTagLists } from '../build-tag-lists'
import type { PostTags } from '../../parse/categories'

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
  const tags: Record<string, PostTags> = {
    a: { names: ['x', '阅读 工具'] },
    b: { names: ['x'] },
    c: { names: ['y', 'x'] },
    d: { names: ['y'] },
  }
  const stored: ArticleSummary[][] = []
  const store = (items: ArticleSummary[]): ListRef => {
    stored.push(items)
    return { h: `h${stored.length}`, n: items.length }
  }
  const ids = (ref: ListRef | undefined) =>
    stored[Number(ref?.h.slice(1)) - 1]?.map((s) => s.id) ?? []

  it('lists each tag newest first and indexes tags by count, then by name', () => {
    const { index, lists } = buildTagLists(sorted, (id) => tags[id], store)
    expect(index).toEqual([
      ['x', 3],
      ['y', 2],
      ['阅读 工具', 1],
    ])
    expect(ids(lists.get('x'))).toEqual(['b', 'c', 'a'])
    expect(ids(lists.get('y'))).toEqual(['d', 'c'])
    expect(ids(lists.get('阅读 工具'))).toEqual(['a'])
  })

  it('lists tags under the keys tag_map gave them, each page headed by its most written name', () => {
    const mapped: Record<string, PostTags> = {
      // JS and JavaScript share a key; on one post both are written, and it is listed once.
      a: { names: ['JS', 'JavaScript'], keys: ['JavaScript', 'JavaScript'] },
      b: { names: ['JS'], keys: ['JavaScript'] },
      c: { names: ['JS', '静态网站'], keys: ['JavaScript', 'static-sites'] },
      d: { names: ['JavaScript', 'x'] },
    }
    const { index, lists } = buildTagLists(sorted, (id) => mapped[id], store)
    expect(index).toEqual([
      ['JavaScript', 4, 'JS'],
      ['x', 1],
      ['static-sites', 1, '静态网站'],
    ])
    expect(ids(lists.get('JavaScript'))).toEqual(['d', 'b', 'c', 'a'])
    expect(lists.get('JavaScript')?.name).toBe('JS')
    expect(lists.get('static-sites')?.name).toBe('静态网站')
    expect(lists.get('x')).not.toHaveProperty('name')
    // A tie goes to the name that is the key itself.
    const tie = buildTagLists(sorted, (id) => (id === 'a' ? mapped.a : undefined), store)
    expect(tie.index).toEqual([['JavaScript', 1]])
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
