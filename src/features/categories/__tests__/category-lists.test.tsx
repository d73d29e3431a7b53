// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { locateCategory } from '../../../bundle/category-refs'
import type { CategoryTree, Entry } from '../../../bundle/format'
import { bundlePaths } from '../../../bundle/paths'
import { paths } from '../../../lib/core/paths'
import { buildFixtureBundle } from '../../../test/fixture-bundle'
import { renderApp } from '../../../test/render-app'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const files = buildFixtureBundle()
const entry = files[bundlePaths.entry] as Entry
const tree = files[bundlePaths.tree(entry.tree)] as CategoryTree
const shardOf = (path: string[]) =>
  bundlePaths.categoryRefs(locateCategory(tree, path)?.shard ?? '')
const main = () => screen.getByRole('main')

/** Bundle paths the app asked for so far. */
function requested(fetchMock: ReturnType<typeof renderApp>['fetchMock']): string[] {
  return fetchMock.mock.calls.map(([input]) => {
    const url = new URL(String(input), 'http://localhost')
    return decodeURIComponent(url.pathname.replace(/^.*?\/data\//, ''))
  })
}

describe('category lists, kept apart from the tree', () => {
  it('the home page reads the tree but no list shard; pointing at a category starts its shard', async () => {
    const { fetchMock } = renderApp('/')
    // The side columns' code loads lazily, and the first test pays for it: a bound, not a check.
    const lazy = { timeout: 15_000 }
    const nav = await screen.findByRole('navigation', { name: '分类' }, lazy)
    await screen.findByRole('table', {}, lazy)
    expect(requested(fetchMock)).toContain(bundlePaths.tree(entry.tree))
    expect(requested(fetchMock).filter((p) => p.startsWith('tree/r-'))).toEqual([])

    const link = within(nav).getByRole('link', { name: 'World' })
    fireEvent.pointerEnter(link)
    await waitFor(() => expect(requested(fetchMock)).toContain(shardOf(['World'])))
    fireEvent.focus(within(nav).getByRole('link', { name: '科技' }))
    await waitFor(() => expect(requested(fetchMock)).toContain(shardOf(['科技'])))

    fireEvent.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: 'World' })).toBeTruthy()
    const titles = within(main()).getAllByRole('heading', { level: 2 })
    expect(titles.length).toBeGreaterThan(0)
    for (const title of titles) expect(title.textContent).toMatch(/Markets steady/)
  })

  it('opens a category deep in the tree from its shard, with its subcategories and counts', async () => {
    const path = ['金融', '新浪财经', '新浪财经－国內']
    renderApp(paths.category(path))
    expect(await screen.findByRole('heading', { level: 1, name: '新浪财经－国內' })).toBeTruthy()
    const subs = screen.getByRole('navigation', { name: '子分类' })
    const node = locateCategory(tree, [...path, '宏观'])?.node
    expect(within(subs).getByRole('link').textContent).toBe(`宏观 ${node?.n}`)
  })

  it('a missing shard is a message in the page, and Retry recovers', async () => {
    let fail = true
    renderApp(paths.category(['科技']), {
      override: (path) => (fail && path.startsWith('tree/r-') ? 404 : undefined),
    })
    expect(await screen.findByText(/找不到所需的数据文件/)).toBeTruthy()
    fail = false
    fireEvent.click(within(main()).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('heading', { level: 1, name: '科技' })).toBeTruthy()
  })

  it('refuses a shard that does not fit the tree', async () => {
    const shard = shardOf(['World'])
    const damaged = { format: entry.format, lists: [{ h: 'x', n: 999 }] }
    renderApp(paths.category(['World']), {
      override: (path) => (path === shard ? JSON.stringify(damaged) : undefined),
    })
    expect(await screen.findByText(/这份归档由新版本生成/)).toBeTruthy()
  })
})
