import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CategoryNode, CategoryTree, Entry, ListPage } from '../bundle/format'
import { bundlePaths } from '../bundle/paths'
import { buildFixtureBundle } from '../test/fixture-bundle'
import { stubBundleFetch } from '../test/render-app'
import type { ListContext } from './list-context'
import { decodeListContext, encodeListContext, listRefForContext } from './list-context'
import { paths } from './core/paths'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('list context codec', () => {
  const cases: [ListContext, string][] = [
    [{ kind: 'latest' }, 'latest'],
    [{ kind: 'category', path: ['金融', '新浪财经'] }, 'category:金融/新浪财经'],
    [{ kind: 'day', year: 2022, month: 1, day: 6 }, 'day:2022-01-06'],
    [{ kind: 'month', year: 2022, month: 1, page: 2 }, 'month:2022-01@2'],
    [{ kind: 'year', year: 2021 }, 'year:2021'],
    [{ kind: 'tag', name: '阅读 工具', page: 2 }, 'tag:阅读 工具@2'],
  ]
  it.each(cases)('encodes %j as %s and back', (ctx, text) => {
    expect(encodeListContext(ctx)).toBe(text)
    expect(decodeListContext(text)).toEqual(ctx)
    expect(decodeListContext(new URL(paths.article('x', text), 'http://x').search)).toEqual(ctx)
  })
  it('escapes separators inside category and tag names', () => {
    const ctx: ListContext = { kind: 'category', path: ['a/b', 'c@d', '50%'], page: 3 }
    expect(decodeListContext(encodeListContext(ctx))).toEqual(ctx)
    const tag: ListContext = { kind: 'tag', name: 'C@50%/a', page: 2 }
    expect(decodeListContext(encodeListContext(tag))).toEqual(tag)
  })
  it('rejects malformed contexts', () => {
    for (const bad of [
      '',
      'nope',
      'day:2022-02-30',
      'month:2022-13',
      'day:2022-01',
      'category:',
      'category:%E0%A4%A',
      'tag:',
      'tag:%E0%A4%A',
      'year:22',
    ]) {
      expect(decodeListContext(bad)).toBeNull()
    }
    expect(decodeListContext('?other=1')).toBeNull()
  })
})

describe('listRefForContext', () => {
  it('resolves lists through the entry, tree and calendar', async () => {
    const files = buildFixtureBundle()
    stubBundleFetch(files)
    const qc = new QueryClient()
    const latest = await listRefForContext(qc, { kind: 'latest', page: 2 })
    expect(latest).toMatchObject({ label: '最新', href: '/?page=2' })
    const cat = await listRefForContext(qc, { kind: 'category', path: ['金融', '新浪财经'] }, 'en')
    expect(cat?.list.n).toBeGreaterThan(0)
    expect(cat?.href).toBe(paths.category(['金融', '新浪财经']))
    const day = await listRefForContext(qc, { kind: 'day', year: 2022, month: 1, day: 2 }, 'en')
    expect(day).toMatchObject({ label: '2 January 2022', href: '/archive/2022/01/02' })
    expect(day?.list.start).toBeGreaterThan(0)
  })
  it('resolves every category to its own list, whichever shard holds it', async () => {
    const files = buildFixtureBundle()
    stubBundleFetch(files)
    const qc = new QueryClient()
    const entry = files[bundlePaths.entry] as Entry
    const tree = files[bundlePaths.tree(entry.tree)] as CategoryTree
    expect(tree.refShards.length).toBeGreaterThan(1)
    const visit = async (nodes: CategoryNode[], prefix: string[]): Promise<number> => {
      let seen = 0
      for (const node of nodes) {
        const path = [...prefix, node.name]
        const found = await listRefForContext(qc, { kind: 'category', path })
        const page = files[bundlePaths.listPage(found?.list.h ?? '', 1)] as ListPage
        const under = (c: string[]) => path.every((name, i) => c[i] === name)
        expect(found?.list.n).toBe(node.n)
        expect(page.items.every((item) => item.categories.some(under))).toBe(true)
        seen += 1 + (await visit(node.children, path))
      }
      return seen
    }
    expect(await visit(tree.roots, [])).toBe(9)
  })
  it('returns null for lists that do not exist', async () => {
    stubBundleFetch(buildFixtureBundle())
    const qc = new QueryClient()
    expect(await listRefForContext(qc, { kind: 'category', path: ['金融', 'nope'] })).toBeNull()
    expect(await listRefForContext(qc, { kind: 'day', year: 2022, month: 1, day: 1 })).toBeNull()
    expect(await listRefForContext(qc, { kind: 'latest', page: 99 })).toBeNull()
  })
})
