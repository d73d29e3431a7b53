import { BUNDLE_DIR } from '../../bundle/paths'

/**
 * Asks the worker to cache the bundle files and images this page loaded before it took control,
 * through Workbox's CACHE_URLS message (the routes and strategies of sw.js apply). Images go as
 * no-cors, no-referrer requests, as the <img> elements made them.
 */
export function warmCache(): void {
  const dataPrefix = new URL(`${import.meta.env.BASE_URL}${BUNDLE_DIR}/`, window.location.href).href
  const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
  // A share page preloads its header image: its timing entry is the link's, not the <img>'s.
  const preloaded = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="image"]')].map(
      (link) => link.href,
    ),
  )
  const urlsToCache: (string | [string, RequestInit])[] = []
  for (const { name, initiatorType } of entries) {
    const image = initiatorType === 'img' || (initiatorType === 'link' && preloaded.has(name))
    if (name.startsWith(dataPrefix)) urlsToCache.push(name)
    else if (image && /^https?:/.test(name)) {
      urlsToCache.push([name, { mode: 'no-cors', referrerPolicy: 'no-referrer' }])
    }
  }
  // Fire and forget: a file that fails now is fetched again when it is next needed.
  if (urlsToCache.length > 0) {
    navigator.serviceWorker.controller?.postMessage({
      type: 'CACHE_URLS',
      payload: { urlsToCache },
    })
  }
}
