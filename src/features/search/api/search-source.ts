import { FORMAT_VERSION } from '../../../bundle/format'
import { bundleUrl } from '../../../lib/core/bundle-url'
import { FetchJsonError, fetchBytes } from '../../../lib/core/fetch-json'
import type { SearchSource } from '../../../search/engine'

/**
 * Offline (the server unreachable), a part the device does not have stands in as empty: a dictionary shard without
 * terms, a doc page without files, a chunk without documents, an article that matches nothing.
 * The search then runs over what is cached (the service worker keeps every part once fetched,
 * and saved articles), and `missing` says its results may be incomplete. Without the manifest
 * there is nothing to search: that error stands.
 */
const standIns: [RegExp, () => string][] = [
  [/^search\/t-/, () => JSON.stringify({ format: FORMAT_VERSION, terms: {} })],
  [/^search\/d-/, () => JSON.stringify({ format: FORMAT_VERSION, files: [] })],
  [/^search\/p-/, () => ''],
  [
    /^articles\//,
    () =>
      JSON.stringify({
        format: FORMAT_VERSION,
        id: '',
        title: '',
        date: new Date(0).toISOString(),
        categories: [],
        tags: [],
        permalink: '',
        textLength: 0,
        html: '',
      }),
  ],
]

/** An article the device did not have (see standIns): never shown. */
export const isStandIn = (article: { id: string }) => article.id === ''

export interface BundleSource extends SearchSource {
  /** Paths that were unavailable offline and stood in as empty. */
  readonly missing: ReadonlySet<string>
}

export function createBundleSource(): BundleSource {
  const missing = new Set<string>()
  const encoder = new TextEncoder()
  return {
    missing,
    async load(path) {
      try {
        return await fetchBytes(bundleUrl(path))
      } catch (error) {
        const standIn = standIns.find(([re]) => re.test(path))?.[1]
        // Not only `offline`: navigator.onLine often says online when the network is gone.
        const unreachable =
          error instanceof FetchJsonError && (error.kind === 'offline' || error.kind === 'network')
        if (!unreachable || !standIn) throw error
        missing.add(path)
        return encoder.encode(standIn())
      }
    },
  }
}
