/**
 * The service worker (Workbox). The build writes the precache list into it after every HTML edit
 * (src/builder/site/precache.ts), so each revision is that of the file as served.
 */
/// <reference lib="webworker" />
import { CacheableResponsePlugin } from 'workbox-cacheable-response'
import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import type { WorkboxPlugin } from 'workbox-core/types'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { SAVED_CACHE } from '../lib/offline/saved-cache'
import { FEED_AND_SITEMAP_FILES } from '../bundle/feed-paths'
import { SCRIPT_TABLE_URL } from '../bundle/script-tables'

declare const self: ServiceWorkerGlobalScope

// Prompt mode: a new version waits until the reader chooses to reload (src/app/pwa/register-sw.ts).
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting()
})
// Takes control on the first visit, so what the reader opens then is cached too.
clientsClaim()

// The app shell: HTML, JS, CSS, icons and the manifest.
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// Every page is the app. Data files and the build report are never pages: the app reads them
// with fetch. Nor are feeds, sitemaps and robots.txt: opened from a feed link, they must come
// from the host, as they are.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [
      /\/data\/[\w/-]+\.(?:json|bin)(?:\.gz)?$/,
      /\/build-report\.json$/,
      FEED_AND_SITEMAP_FILES,
    ],
  }),
)

// Bundle files under any base (`/data/…`, `/news/data/…`). Workbox applies a RegExp to a foreign
// URL only when it matches from the start, so these stay same-origin.

// The one mutable bundle file: fresh when the network answers in time, else the last copy.
registerRoute(
  /\/data\/entry\.json(?:\?.*)?$/,
  new NetworkFirst({
    cacheName: 'bundle-entry',
    networkTimeoutSeconds: 3,
    plugins: [new CacheableResponsePlugin({ statuses: [200] })],
  }),
)

// Saved articles' files and images, kept by the page (src/lib/offline/keep-article.ts) where no
// expiry evicts them: what a strategy's own cache lacks, it takes from there before the network.
const savedCopies: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse, request }) =>
    // Content-hashed files and images: a header the server varies on does not change them.
    cachedResponse ??
    (await caches.match(request, { cacheName: SAVED_CACHE, ignoreVary: true })) ??
    null,
}

// Content-hashed names: a cached copy is always right.
registerRoute(
  /\/data\/(?:lists|articles|ids|aliases|tree|calendar|search|tags)\/[\w-]+\.(?:json|bin)\.gz(?:\?.*)?$/,
  new CacheFirst({
    cacheName: 'bundle-files',
    plugins: [
      new ExpirationPlugin({ maxEntries: 5000, purgeOnQuotaError: true }),
      new CacheableResponsePlugin({ statuses: [200] }),
      savedCopies,
    ],
  }),
)

// The script display's tables, outside the precache: kept once fetched, for reading offline.
registerRoute(
  SCRIPT_TABLE_URL,
  new CacheFirst({
    cacheName: 'script-tables',
    plugins: [new CacheableResponsePlugin({ statuses: [200] })],
  }),
)

// Images, and the no-cors requests that "Save for offline" and the first-visit warm-up make for them.
registerRoute(
  ({ request }) =>
    request.destination === 'image' || (request.mode === 'no-cors' && request.destination === ''),
  new CacheFirst({
    cacheName: 'images',
    plugins: [
      // Foreign image hosts send no CORS headers: their opaque responses (status 0) are kept.
      new CacheableResponsePlugin({ statuses: [0, 200] }),
      new ExpirationPlugin({ maxEntries: 300, purgeOnQuotaError: true }),
      savedCopies,
    ],
  }),
)
