import { QueryErrorResetBoundary } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { lazy, Suspense } from 'react'
import { ErrorBoundary } from './error-boundary'

// Only a failure needs it, so it stays out of the first page's JavaScript.
const ErrorPanel = lazy(() => import('./error-panel').then((m) => ({ default: m.ErrorPanel })))

interface Props {
  /** A skeleton shaped like the content. */
  fallback: ReactNode
  /** A change (the layout passes the pathname) clears a failure and loads the section again. */
  resetKey?: unknown
  children: ReactNode
}

/** Suspense plus an error boundary with Retry: a side column loads and fails on its own. */
export function SectionBoundary({ fallback, resetKey, children }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          resetKey={resetKey}
          // The failed queries must fetch again, or the section would throw their error again.
          onReset={reset}
          fallback={(error, clear) => (
            <Suspense fallback={null}>
              <ErrorPanel compact error={error} onRetry={clear} />
            </Suspense>
          )}
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
