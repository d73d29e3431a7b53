// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { paths } from '../lib/core/paths'
import { renderApp } from '../test/render-app'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('the reader', () => {
  it('shows the latest list with pagination, and the tree and calendar beside it', async () => {
    renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: '最新文章' })).toBeTruthy()
    expect(
      screen.getAllByRole('heading', { level: 2 }).some((h) => h.textContent?.includes('第44期')),
    ).toBe(true)
    const pagination = screen.getByRole('navigation', { name: '分页' })
    expect(within(pagination).getByRole('link', { name: '第 2 页' }).getAttribute('href')).toBe(
      '/?page=2',
    )
    expect(await screen.findByRole('navigation', { name: '分类' })).toBeTruthy()
    expect(await screen.findByRole('table')).toBeTruthy()
    await waitFor(() => expect(document.title).toBe('新闻存档'))
  })

  it('starts under StrictMode with its first requests still in flight, as `npm run dev` runs it', async () => {
    // StrictMode mounts, unmounts and mounts the entry's observers while the loaders wait for it.
    renderApp('/', { strict: true, delayMs: 30 })
    expect(await screen.findByRole('heading', { level: 1, name: '最新文章' })).toBeTruthy()
    expect(screen.queryByText(/CancelledError/)).toBeNull()
  })

  it('links entries to the article with the list context', async () => {
    renderApp('/?page=2')
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading.textContent).toBe('最新文章')
    const link = screen
      .getAllByRole('link')
      .find((a) => a.getAttribute('href')?.startsWith('/article/'))
    expect(new URL(link!.getAttribute('href')!, 'http://x').searchParams.get('from')).toBe(
      'latest@2',
    )
  })

  it('shows a category with breadcrumbs and its subcategories, the tree path expanded', async () => {
    renderApp(paths.category(['金融', '新浪财经']))
    expect(await screen.findByRole('heading', { level: 1, name: '新浪财经' })).toBeTruthy()
    const crumbs = screen.getByRole('navigation', { name: '当前位置' })
    expect(within(crumbs).getByRole('link', { name: '金融' })).toBeTruthy()
    expect(screen.getByRole('navigation', { name: '子分类' }).textContent).toContain(
      '新浪财经－国內',
    )
    const tree = await screen.findByRole('navigation', { name: '分类' })
    const current = await within(tree).findByRole('link', { current: 'page' })
    expect(current.textContent).toBe('新浪财经')
    fireEvent.click(within(tree).getByRole('button', { name: '新浪财经－国內的子分类' }))
    expect(within(tree).getByRole('link', { name: '宏观' })).toBeTruthy()
  })

  it('shows a month as a Monday-first calendar with linked days', async () => {
    renderApp('/archive/2022/01')
    expect(await screen.findByRole('heading', { level: 1, name: '2022年1月' })).toBeTruthy()
    const table = screen.getByRole('table')
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent)
    expect(headers[0]).toBe('一')
    const day = within(table).getAllByRole('link')[0]!
    expect(day.getAttribute('href')).toMatch(/^\/archive\/2022\/01\/\d\d$/)
  })

  it.each([
    ['/category/nope', '没有这个分类'],
    ['/archive/2022/01/01', '没有文章'],
    ['/archive/2022/02/30', '没有文章'],
    ['/?page=abc', '没有这一页'],
    ['/?page=999', '没有这一页'],
    ['/no/such/thing', '这个网址不对应任何页面'],
  ])('shows a helpful 404 inside the layout for %s', async (url, text) => {
    renderApp(url)
    expect(await screen.findByRole('heading', { level: 1, name: '找不到这一页' })).toBeTruthy()
    expect(screen.getByText(new RegExp(text))).toBeTruthy()
    expect(screen.getByRole('link', { name: '回到最新文章' })).toBeTruthy()
    expect(screen.getByRole('banner')).toBeTruthy()
  })

  it('redirects an old permalink to its article', async () => {
    const { router } = renderApp('/2021/12/20/a000/')
    await waitFor(() => expect(router.state.location.pathname).toBe('/article/a000'))
  })

  it('explains a missing data file and recovers on Retry', async () => {
    let fail = true
    renderApp('/', { override: (path) => (fail && path.startsWith('lists/') ? 404 : undefined) })
    expect(await screen.findByText(/找不到所需的数据文件/)).toBeTruthy()
    fail = false
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('heading', { level: 1, name: '最新文章' })).toBeTruthy()
  })

  it('names a bad JSON file and a newer bundle format', async () => {
    renderApp('/', { override: (path) => (path.startsWith('lists/') ? '{oops' : undefined) })
    expect(await screen.findByText(/不是有效的 JSON/)).toBeTruthy()
    cleanup()
    renderApp('/', {
      override: (path) => (path === 'entry.json' ? JSON.stringify({ format: 99 }) : undefined),
    })
    // Without an entry there is no site language: the browser's (jsdom: en-US) is used.
    expect(await screen.findByText(/newer version of the reader/)).toBeTruthy()
  })

  it('keeps the list when the tree fails', async () => {
    renderApp('/', { override: (path) => (path.startsWith('tree/') ? 500 : undefined) })
    expect(await screen.findByRole('heading', { level: 1, name: '最新文章' })).toBeTruthy()
    expect(await screen.findByText('这一部分没能加载', {}, { timeout: 5000 })).toBeTruthy()
  })

  it('recovers a failed side column on Retry, and on the next page', async () => {
    let fail = true
    const { router } = renderApp('/', {
      override: (path) => (fail && path.startsWith('tree/') ? 404 : undefined),
    })
    expect(await screen.findByRole('heading', { level: 1, name: '最新文章' })).toBeTruthy()
    const panel = await screen.findByRole('alert')
    expect(panel.textContent).toContain('这一部分没能加载')
    expect(screen.queryByRole('navigation', { name: '分类' })).toBeNull()
    // Still failing on the next page: the column shows the failure again, not a stale tree.
    await act(() => router.navigate('/?page=2'))
    expect((await screen.findByRole('alert')).textContent).toContain('这一部分没能加载')
    fail = false
    await act(() => router.navigate('/archive/2022/01'))
    expect(await screen.findByRole('navigation', { name: '分类' })).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    cleanup()

    fail = true
    renderApp('/', { override: (path) => (fail && path.startsWith('tree/') ? 404 : undefined) })
    await screen.findByRole('alert')
    fail = false
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: '重试' }))
    expect(await screen.findByRole('navigation', { name: '分类' })).toBeTruthy()
  })

  it('switches the interface language from settings', async () => {
    renderApp('/settings')
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: 'English' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy()
    expect(localStorage.getItem('broadsheet.locale')).toBe('en')
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement.dataset.theme).toBe('dark')
  })
})
