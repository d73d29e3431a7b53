// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { Profiler, memo } from 'react'
import { Link as RouterLink, Outlet, RouterProvider, createMemoryRouter } from 'react-router'
import { afterEach, expect, it } from 'vitest'
import { Link } from './link'

afterEach(cleanup)

function renderAt(url: string, page: () => React.ReactNode, basename?: string) {
  const router = createMemoryRouter([{ path: '*', Component: page }], {
    initialEntries: [`${basename ?? ''}${url}`],
    basename,
  })
  render(<RouterProvider router={router} />)
  return router
}

it('links to the path under the basename, as react-router writes it', () => {
  renderAt(
    '/',
    () => (
      <>
        <Link to="/article/a1?from=x#top">article</Link>
        <Link to="/">home</Link>
      </>
    ),
    '/news',
  )
  expect(screen.getByText('article').getAttribute('href')).toBe('/news/article/a1?from=x#top')
  expect(screen.getByText('home').getAttribute('href')).toBe('/news')
  expect(screen.getByText('home').dataset.discover).toBe('true')
})

it('navigates with its state, and replaces the entry only when it links to the page it is on', () => {
  const router = renderAt('/search', () => (
    <>
      <Link to="/article/a1" state={{ from: 'list' }}>
        article
      </Link>
      <Link to="/search">here</Link>
    </>
  ))
  fireEvent.click(screen.getByText('here'))
  expect(router.state.historyAction).toBe('REPLACE')
  fireEvent.click(screen.getByText('article'))
  expect(router.state.location.pathname).toBe('/article/a1')
  expect(router.state.location.state).toEqual({ from: 'list' })
  expect(router.state.historyAction).toBe('PUSH')
})

it('leaves modified clicks and other targets to the browser', () => {
  const router = renderAt('/', () => (
    <>
      <Link to="/a">a</Link>
      <Link to="/b" target="_blank">
        b
      </Link>
    </>
  ))
  // What the link left alone, seen as it reaches the window (then stopped: jsdom cannot open it).
  const left: boolean[] = []
  const stop = (e: MouseEvent) => {
    left.push(!e.defaultPrevented)
    e.preventDefault()
  }
  window.addEventListener('click', stop)
  fireEvent.click(screen.getByText('a'), { ctrlKey: true })
  fireEvent.click(screen.getByText('b'))
  window.removeEventListener('click', stop)
  expect(left).toEqual([true, true])
  expect(router.state.location.pathname).toBe('/')
})

it('does not render again on a navigation that does not concern it', () => {
  // The side columns' months and days are memoized blocks of links: a navigation elsewhere must
  // not redraw them, which react-router's own Link (it reads the location) does.
  const commits = { ours: 0, router: 0 }
  const Ours = memo(function Ours() {
    return <Link to="/archive/2021">ours</Link>
  })
  const Theirs = memo(function Theirs() {
    return <RouterLink to="/archive/2021">theirs</RouterLink>
  })
  const router = createMemoryRouter(
    [
      {
        path: '*',
        Component: () => (
          <>
            <Profiler id="ours" onRender={() => (commits.ours += 1)}>
              <Ours />
            </Profiler>
            <Profiler id="router" onRender={() => (commits.router += 1)}>
              <Theirs />
            </Profiler>
            <Outlet />
          </>
        ),
      },
    ],
    { initialEntries: ['/'] },
  )
  render(<RouterProvider router={router} />)
  expect(commits).toEqual({ ours: 1, router: 1 })
  act(() => void router.navigate('/search?q=x'))
  act(() => void router.navigate('/search?q=xy'))
  expect(commits.ours).toBe(1)
  // The comparison that makes the test mean something: react-router's Link redraws each time.
  expect(commits.router).toBe(3)
})
