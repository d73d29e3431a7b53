import type { ManifestOptions } from 'vite-plugin-pwa'
import type { ConfigInput } from '../config.ts'
import { resolveConfig } from '../config.ts'
import { resolveSite } from '../pipeline/resolve-site.ts'

// Apart from pwa-plugin.ts: a site build writes the manifest of a prebuilt app without Vite and
// its plugins, and the builder's API must not load vite-plugin-pwa for a bundle-only build.

/** What the manifest needs from the site: the title and language buildBundle settles on. */
export interface ManifestSite {
  title: string
  language: string
}

/** The title and language buildBundle settles on (`_config.yml`'s, else the config's), known before the app is built. */
export async function readManifestSite(input: ConfigInput): Promise<ManifestSite> {
  const { site } = await resolveSite(resolveConfig(input))
  return { title: site.title, language: site.language }
}

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
