import { render } from '@testing-library/react'
import { StrictMode } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { vi } from 'vitest'
import { AppProviders } from '../app/providers'
import { createRoutes } from '../app/router'
import { queryClient } from '../lib/query-client'
import type { FixtureFiles } from './fixture-bundle'
import { buildFixtureBundle } from './fixture-bundle'

export interface RenderAppOptions {
  /** Bundle files by path inside `data/`; defaults to the fixture bundle. */
  files?: FixtureFiles
  /** Answers instead of the files for matching paths: a status code, or raw text (bad JSON). */
  override?: (path: string) => number | string | undefined
  /** Renders in StrictMode, as `npm run dev` does (effects mount, unmount and mount again). */
  strict?: boolean
  /** Milliseconds each answer takes: keeps requests in flight while components mount. */
  delayMs?: number
}

/** Serves bundle files the way a static host would: 200 with JSON, or 404. */
export function stubBundleFetch(
  files: FixtureFiles,
  override?: RenderAppOptions['override'],
  delayMs = 0,
) {
  const prefix = `${import.meta.env.BASE_URL}data/`
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs))
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://localhost',
    )
    const path = decodeURIComponent(url.pathname.slice(prefix.length))
    const special = override?.(path)
    if (typeof special === 'number') return new Response('error', { status: special })
    if (typeof special === 'string') return new Response(special, { status: 200 })
    if (!url.pathname.startsWith(prefix) || !(path in files))
      return new Response('not found', { status: 404 })
    return new Response(JSON.stringify(files[path]), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The whole app (providers, routes, loaders) in a memory router over the fixture bundle. */
export function renderApp(url = '/', options: RenderAppOptions = {}) {
  const files = options.files ?? buildFixtureBundle()
  queryClient.clear()
  const fetchMock = stubBundleFetch(files, options.override, options.delayMs)
  // jsdom does not scroll; ScrollRestoration calls it on every navigation.
  window.scrollTo = () => {}
  const router = createMemoryRouter(createRoutes(), { initialEntries: [url] })
  const app = (
    <AppProviders client={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>
  )
  const view = render(options.strict ? <StrictMode>{app}</StrictMode> : app)
  return { ...view, router, files, fetchMock }
}
