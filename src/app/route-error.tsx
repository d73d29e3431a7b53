import { useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query'
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router'
import { Suspense } from 'react'
import { entryQueryOptions } from '../lib/api/get-entry'
import { isNotFoundData } from '../lib/not-found'
import { Masthead } from './masthead'
import { PageSkeleton } from '../components/skeletons'
import { ErrorPanel, NotFoundPage } from './lazy-parts'
import { SkipLink } from './layout'
import { KEEP_SCROLL } from './scroll-restoration'

/** Retry: a fresh entry first (a missing file often means a newer build), then the loaders again. */
function useRetry() {
  const qc = useQueryClient()
  const { reset } = useQueryErrorResetBoundary()
  const navigate = useNavigate()
  const { pathname, search, hash } = useLocation()
  return async () => {
    // Refetch rather than reset: the layout keeps showing the old entry meanwhile.
    await qc.refetchQueries({ queryKey: entryQueryOptions().queryKey }).catch(() => undefined)
    reset()
    // Re-navigating to the same URL (not revalidate()): a fast revalidation can skip the render
    // that clears react-router's error boundary, leaving the error on screen after a success.
    await navigate(`${pathname}${search}${hash}`, { replace: true, state: KEEP_SCROLL })
  }
}

/** A page's error, shown inside the layout: the 404 page, or what failed with a Retry button. */
export function RouteError() {
  const error = useRouteError()
  const retry = useRetry()
  return (
    <Suspense fallback={<PageSkeleton />}>
      {isRouteErrorResponse(error) && error.status === 404 ? (
        <NotFoundPage data={isNotFoundData(error.data) ? error.data : undefined} />
      ) : (
        <ErrorPanel error={error} onRetry={() => void retry()} />
      )}
    </Suspense>
  )
}

/** The entry itself failed: there is no site title or data, so a bare shell carries the message. */
export function RootError() {
  const error = useRouteError()
  const retry = useRetry()
  return (
    <div className="app">
      <SkipLink />
      <Masthead title="Broadsheet" />
      <div className="columns no-side">
        <main id="main" className="col-main">
          <Suspense fallback={<PageSkeleton />}>
            <ErrorPanel error={error} onRetry={() => void retry()} />
          </Suspense>
        </main>
      </div>
    </div>
  )
}
