/**
 * entry.json's request, React-free. The article first paint (src/first-paint) and the app load
 * this one module (the `common` chunk), so on a share page the app takes over the request the
 * first paint started instead of asking again: a round trip saved before the app can show.
 */
import type { Entry } from '../../bundle/format'
import { bundlePaths } from '../../bundle/paths'
import { validateEntry } from '../../bundle/validate'
import { bundleUrl } from './bundle-url'
import { fetchJson } from './fetch-json'

// The entry is the only mutable bundle file: always revalidate it.
export const fetchEntry = (signal?: AbortSignal) =>
  fetchJson(bundleUrl(bundlePaths.entry), validateEntry, { signal, cache: 'no-cache' })

let started: Promise<Entry> | undefined

/** The first paint's request, which the app's first entry fetch takes over. */
export function startEntryRequest(): Promise<Entry> {
  started ??= fetchEntry()
  return started
}

/** The request the first paint started, once; a fresh one if it failed. Undefined without one. */
export function takeStartedEntryRequest(): Promise<Entry> | undefined {
  const request = started
  started = undefined
  return request?.catch(() => fetchEntry())
}
