import { QueryErrorResetBoundary } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Suspense } from 'react'
import { ErrorBoundary } from './error-boundary'
import { ErrorPanel } from './error-panel'

interface Props {
  /** A skeleton shaped like the content. */
  fallback: ReactNode
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
          fallback={(error, clear) => (
            <ErrorPanel
              compact
              error={error}
              onRetry={() => {
                reset()
                clear()
              }}
            />
          )}
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
