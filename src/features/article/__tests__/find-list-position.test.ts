import { describe, expect, it } from 'vitest'
import type { ArticleSummary, ListPage } from '../../../bundle/format'
import { FORMAT_VERSION } from '../../../bundle/format'
import { findListPosition } from '../api/find-list-position'

const SIZE = 20

/** A newest-first list of `n` articles, one an hour, served page by page and counted. */
function list(n: number) {
  const start = Date.UTC(2022, 0, 1)
  const items: ArticleSummary[] = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    f: `f${i}`,
    title: `Article ${i}`,
    date: new Date(start - i * 3_600_000).toISOString(),
    categories: [],
    excerpt: '',
  }))
  const pages = Math.max(1, Math.ceil(n / SIZE))
  const fetched: number[] = []
  const getPage = async (page: number): Promise<ListPage> => {
    if (page < 1 || page > pages) throw new Error(`no page ${page}`)
    fetched.push(page)
    return {
      format: FORMAT_VERSION,
      page,
      pages,
      total: n,
      items: items.slice((page - 1) * SIZE, page * SIZE),
    }
  }
  return { items, getPage, fetched }
}

describe('findListPosition', () => {
  it('finds the article on the hinted page, with neighbours across page edges', async () => {
    const { items, getPage, fetched } = list(57)
    const at = items[20]!
    const pos = await findListPosition(getPage, at, 2, SIZE)
    expect(pos?.index).toBe(21)
    expect(pos?.total).toBe(57)
    expect(pos?.previous?.id).toBe('a19')
    expect(pos?.next?.id).toBe('a21')
    expect(fetched).toEqual([2, 1])
  })

  it('binary-searches by date when there is no hint', async () => {
    const { items, getPage, fetched } = list(20 * 1000)
    const pos = await findListPosition(getPage, items[12_345]!, 1, SIZE)
    expect(pos?.index).toBe(12_346)
    expect(fetched.length).toBeLessThanOrEqual(14)
  })

  it('gives no previous for the first and no next for the last', async () => {
    const { items, getPage } = list(3)
    expect((await findListPosition(getPage, items[0]!, 1, SIZE))?.previous).toBeNull()
    expect((await findListPosition(getPage, items[2]!, 1, SIZE))?.next).toBeNull()
  })

  it('answers null for an article that is not in the list', async () => {
    const { getPage } = list(45)
    expect(
      await findListPosition(getPage, { id: 'x', date: '2021-12-31T20:30:00Z' }, 1, SIZE),
    ).toBeNull()
  })
})
