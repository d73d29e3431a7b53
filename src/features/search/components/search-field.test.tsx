// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { RouterProvider, createMemoryRouter } from 'react-router'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { SearchField } from './search-field'

// The field's own behaviour: when it starts searches and when it changes the page. The search
// itself (the engine, the route) is another module, stood in for here.
const runSearch = vi.hoisted(() => vi.fn<(search: string) => Promise<void>>())
vi.mock('../api/run-search', () => ({ runSearch }))
vi.mock('../routes/search-route', () => ({}))

const queryOf = (q: string) => new URLSearchParams({ q }).toString()

function renderField() {
  const router = createMemoryRouter(
    [
      { path: '/', Component: SearchField },
      { path: '/search', Component: SearchField },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
  return { router, field: screen.getByRole('searchbox') }
}

afterEach(cleanup)
beforeEach(() => {
  runSearch.mockReset()
  runSearch.mockReturnValue(new Promise(() => undefined))
})

it('starts the search of what is typed at once, and changes the page only after the pause', async () => {
  const { router, field } = renderField()
  fireEvent.change(field, { target: { value: '集装' } })
  fireEvent.change(field, { target: { value: '集装箱' } })
  await vi.waitFor(() => expect(runSearch).toHaveBeenCalledWith(queryOf('集装箱')))
  expect(runSearch).toHaveBeenCalledWith(queryOf('集装'))
  expect(router.state.location.pathname).toBe('/')
  await vi.waitFor(() => expect(router.state.location.search).toBe(`?${queryOf('集装箱')}`))
  expect(router.state.location.pathname).toBe('/search')
})

it('starts nothing while an input method composes, then the composed text', async () => {
  const { field } = renderField()
  fireEvent.compositionStart(field)
  fireEvent.change(field, { target: { value: 'jizhuang' } })
  fireEvent.change(field, { target: { value: 'jizhuangxiang' } })
  await new Promise((resolve) => setTimeout(resolve, 300))
  expect(runSearch).not.toHaveBeenCalled()
  fireEvent.change(field, { target: { value: '集装箱' } })
  fireEvent.compositionEnd(field)
  await vi.waitFor(() => expect(runSearch).toHaveBeenCalledWith(queryOf('集装箱')))
  expect(runSearch.mock.calls.map(([search]) => search)).toEqual([queryOf('集装箱')])
})

it('on Enter, joins the search and changes the page as soon as its first page is read', async () => {
  const { router, field } = renderField()
  let settle = () => undefined as void
  runSearch.mockReturnValue(new Promise<void>((resolve) => (settle = resolve)))
  fireEvent.change(field, { target: { value: '港口' } })
  fireEvent.submit(field.closest('form')!)
  await vi.waitFor(() => expect(runSearch).toHaveBeenCalledTimes(2))
  expect(runSearch.mock.calls.map(([search]) => search)).toEqual([queryOf('港口'), queryOf('港口')])
  expect(router.state.location.pathname).toBe('/')
  await act(async () => settle())
  expect(router.state.location.search).toBe(`?${queryOf('港口')}`)
})
