import { QueryClient } from '@tanstack/react-query'
import { FetchJsonError } from './core/fetch-json'

/** A missing file, bad JSON or a newer bundle will not get better by asking again; a request that
 * already stalled for FETCH_TIMEOUT_MS gets a Retry button rather than more silent waiting. */
const PERMANENT = new Set(['not-found', 'bad-json', 'format', 'timeout'])

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) =>
          !(error instanceof FetchJsonError && PERMANENT.has(error.kind)) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  })
}

/**
 * The app's one client. Route modules are loaded lazily and export plain loaders,
 * so loaders reach the client through this module rather than through a closure.
 */
export const queryClient = createQueryClient()
