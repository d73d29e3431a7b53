import type { Plugin } from 'vite'
import type { ManifestOptions } from 'vite-plugin-pwa'
import { VitePWA } from 'vite-plugin-pwa'

/** What the manifest needs from the site; build-site passes it in `BROADSHEET_SITE` (JSON). */
export interface ManifestSite {
  title: string
  language: string
}

export const MANIFEST_SITE_ENV = 'BROADSHEET_SITE'

/** The light theme's background (DESIGN.md): the splash screen matches the first paint. */
const BACKGROUND = '#FCFBF8'

function readSite(): ManifestSite {
  const fallback = { title: 'Broadsheet', language: 'zh-CN' }
  try {
    const parsed: unknown = JSON.parse(process.env[MANIFEST_SITE_ENV] ?? 'null')
    if (parsed && typeof parsed === 'object' && 'title' in parsed && 'language' in parsed) {
      return { title: String(parsed.title), language: String(parsed.language) }
    }
  } catch {
    // A malformed value: the defaults stand.
  }
  return fallback
}

export function webManifest(site: ManifestSite): Partial<ManifestOptions> {
  const zh = site.language.toLowerCase().startsWith('zh')
  return {
    name: site.title,
    // Home screens truncate after about 12 characters.
    short_name: [...site.title].length > 12 ? [...site.title].slice(0, 12).join('') : site.title,
    description: zh
      ? `${site.title}：可离线阅读的新闻归档`
      : `${site.title}: a news archive you can read offline`,
    lang: site.language,
    display: 'standalone',
    background_color: BACKGROUND,
    theme_color: BACKGROUND,
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}

/**
 * The service worker (Workbox through vite-plugin-pwa) and the manifest. Scope, start_url
 * and every precached URL follow Vite's `base`, which the plugin reads itself.
 */
export function broadsheetPwa(): Plugin[] {
  // Bundle files under any base (`/data/…`, `/news/data/…`). Workbox applies a RegExp to a
  // foreign URL only when it matches from the start, so these stay same-origin.
  const entry = /\/data\/entry\.json(?:\?.*)?$/
  // The search index's parts too: a query's shards, doc pages and chunks, once fetched, serve
  // the same query (and any other that needs them) offline.
  const hashed =
    /\/data\/(?:lists|articles|ids|aliases|tree|calendar|search)\/[\w-]+\.(?:json|bin)\.gz(?:\?.*)?$/
  const pwa = VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // main.tsx registers through virtual:pwa-register, so no script is injected.
    injectRegister: false,
    manifest: webManifest(readSite()),
    workbox: {
      // The app shell only: sample images belong to the content, the bundle is written later.
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      globIgnores: ['sample/**', 'data/**', 'article/**', '404.html'],
      navigateFallback: 'index.html',
      // Data files and the build report are never pages; the app reads them with fetch.
      navigateFallbackDenylist: [
        /\/data\/[\w/-]+\.(?:json|bin)(?:\.gz)?$/,
        /\/build-report\.json$/,
      ],
      cleanupOutdatedCaches: true,
      // Takes control on the first visit, so what the reader opens then is cached too.
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [
        {
          // The one mutable bundle file: fresh when the network answers in time, else the last copy.
          urlPattern: entry,
          handler: 'NetworkFirst',
          options: {
            cacheName: 'bundle-entry',
            networkTimeoutSeconds: 3,
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          // Content-hashed names: a cached copy is always right.
          urlPattern: hashed,
          handler: 'CacheFirst',
          options: {
            cacheName: 'bundle-files',
            expiration: { maxEntries: 5000, purgeOnQuotaError: true },
            cacheableResponse: { statuses: [200] },
          },
        },
        {
          // Images, and the no-cors requests that "Save for offline" and the first-visit warm-up
          // make for them. Serialized into sw.js, so it must not close over anything.
          urlPattern: ({ request }) =>
            request.destination === 'image' ||
            (request.mode === 'no-cors' && request.destination === ''),
          handler: 'CacheFirst',
          options: {
            cacheName: 'images',
            // Foreign image hosts send no CORS headers: their opaque responses (status 0) are kept.
            cacheableResponse: { statuses: [0, 200] },
            expiration: { maxEntries: 300, purgeOnQuotaError: true },
          },
        },
      ],
    },
  })
  let base = '/'
  const touchIcon: Plugin = {
    name: 'broadsheet-apple-touch-icon',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: () => [
      {
        tag: 'link',
        attrs: { rel: 'apple-touch-icon', href: `${base}icons/apple-touch-icon.png` },
        injectTo: 'head',
      },
    ],
  }
  return [...pwa, touchIcon]
}
