import type { LogLevel, Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import type { ManifestSite } from './manifest-site.ts'
import { webManifest } from './manifest-site.ts'

/**
 * The service worker and the manifest. vite-plugin-pwa compiles src/sw/sw.ts into sw.js and writes
 * the manifest; the precache list goes into sw.js later, once the site's HTML is final
 * (src/builder/site/precache.ts). Scope and start_url follow Vite's `base`.
 */
export function broadsheetPwa({ site }: { site: ManifestSite }): Plugin[] {
  const pwa = VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/sw',
    filename: 'sw.ts',
    registerType: 'prompt',
    // The app registers its worker itself (src/app/pwa/register-sw.ts).
    injectRegister: false,
    manifest: webManifest(site),
    // No precache list here: the site build writes it after its last HTML edit.
    // A classic script, as before (the es format also trips a rolldown deprecation warning).
    injectManifest: { injectionPoint: undefined, rollupFormat: 'iife' },
    integration: {
      // The worker's own Vite build speaks only as loudly as the app's.
      configureCustomSWViteBuild: (options) => {
        options.logLevel = logLevel
      },
    },
  })
  let base = '/'
  let logLevel: LogLevel | undefined
  const touchIcon: Plugin = {
    name: 'broadsheet-apple-touch-icon',
    configResolved: (config) => {
      base = config.base
      logLevel = config.logLevel
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
