import type { ConfigInput } from '../config.ts'
import { resolveConfig } from '../config.ts'
import { resolveSite } from '../pipeline/resolve-site.ts'

// Apart from pwa-plugin.ts: buildSite reads the site before it loads Vite and its plugins, and
// the builder's API must not load vite-plugin-pwa for a bundle-only build.

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
