import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { bundlePaths } from '../../bundle/paths'
import { validateEntry } from '../../bundle/validate'
import { bundleUrl } from '../bundle-url'
import { fetchJson } from '../fetch-json'

export const getEntry = (signal?: AbortSignal) =>
  // The entry is the only mutable bundle file: always revalidate it.
  fetchJson(bundleUrl(bundlePaths.entry), validateEntry, { signal, cache: 'no-cache' })

// No abort signal: the route loaders await this fetch while LocaleProvider observes it, and a
// query whose signal was taken is cancelled when its observers go (StrictMode remounts them in
// development), which failed the loader with a CancelledError. The file is tiny; let it finish.
export const entryQueryOptions = () =>
  queryOptions({ queryKey: ['bundle', 'entry'], queryFn: () => getEntry(), staleTime: 60_000 })

export const useEntry = () => useSuspenseQuery(entryQueryOptions()).data
