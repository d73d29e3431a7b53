import type { LogLevel, Plugin } from 'vite'
import type { ManifestOptions } from 'vite-plugin-pwa'
import { VitePWA } from 'vite-plugin-pwa'
import type { ManifestSite } from './manifest-site.ts'

/** The light theme's background (DESIGN.md): the splash screen matches the first paint. */
const BACKGROUND = '#FCFBF8'

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
