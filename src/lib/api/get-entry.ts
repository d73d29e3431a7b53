import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { bundlePaths } from '../../bundle/paths'
import { validateEntry } from '../../bundle/validate'
import { bundleUrl } from '../bundle-url'
import { fetchJson } from '../fetch-json'

export const getEntry = (signal?: AbortSignal) =>
  // The entry is the only mutable bundle file: always revalidate it.
  fetchJson(bundleUrl(bundlePaths.entry), validateEntry, { signal, cache: 'no-cache' })

export const entryQueryOptions = () =>
  queryOptions({ queryKey: ['bundle', 'entry'], queryFn: ({ signal }) => getEntry(signal), staleTime: 60_000 })

export const useEntry = () => useSuspenseQuery(entryQueryOptions()).data
