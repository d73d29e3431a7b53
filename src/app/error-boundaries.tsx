import { lazy, Suspense } from 'react'
import { PageSkeleton } from '../components/skeletons'
import { AppSkeleton } from './app-skeleton'
import { useDropSnapshot } from './snapshot/use-drop-snapshot'

// Only a page that fails renders these: their code (retry, 404 page, error panel) loads then,
// keeping it out of the JavaScript every first visit downloads.
const LazyRouteError = lazy(() => import('./route-error').then((m) => ({ default: m.RouteError })))
const LazyRootError = lazy(() => import('./route-error').then((m) => ({ default: m.RootError })))

export function RouteErrorBoundary() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <LazyRouteError />
    </Suspense>
  )
}

export function RootErrorBoundary() {
  useDropSnapshot()
  return (
    <Suspense fallback={<AppSkeleton />}>
      <LazyRootError />
    </Suspense>
  )
}
