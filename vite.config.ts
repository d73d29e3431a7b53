import { defineConfig } from 'vite'
import { appViteConfig } from './src/builder/vite/app-config.ts'
import { broadsheetBundle } from './src/builder/vite/dev-bundle-plugin.ts'
import { readManifestSite } from './src/builder/vite/manifest-site.ts'

// `vite` (the dev server, with the bundle built from the posts folder) and `vite preview`. The
// site's title and language come from the posts folder the dev server serves; preview serves a
// site already built, where nothing reads them. `npm run build` builds through buildSite instead.
export default defineConfig(async ({ isPreview }) => {
  const config = appViteConfig({
    site: isPreview
      ? { title: 'Broadsheet', language: 'zh-CN' }
      : await readManifestSite({ posts: process.env.BROADSHEET_POSTS }),
  })
  return { ...config, plugins: [...(config.plugins ?? []), broadsheetBundle()] }
})
