import type { SearchEngine } from '../../../search/engine'
import { createSearchEngine } from '../../../search/engine'
import type { BundleSource } from './search-source'
import { createBundleSource } from './search-source'

let current: { hash: string; source: BundleSource; engine: SearchEngine } | undefined

/**
 * The engine for the bundle's index, kept across queries: it remembers the parts it fetched.
 * One that stood in empty parts while offline is not reused: the next query asks again (the
 * service worker answers from its cache what it has), so parts come back with the network.
 */
export function getSearchEngine(hash: string): { engine: SearchEngine; source: BundleSource } {
  const stale = current && current.source.missing.size > 0
  if (!current || current.hash !== hash || stale) {
    const source = createBundleSource()
    current = { hash, source, engine: createSearchEngine(source, hash) }
  }
  return current
}
