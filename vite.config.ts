import { defineConfig } from 'vite'
import type { UserConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { broadsheetBundle } from './src/builder/vite/dev-bundle-plugin.ts'
// PWA (issue 4): service worker, manifest and icons; options live in src/builder/vite/pwa-plugin.ts.
import type { ManifestSite } from './src/builder/vite/pwa-plugin.ts'
import { broadsheetPwa, readManifestSite } from './src/builder/vite/pwa-plugin.ts'
import { contentSecurityPolicy } from './src/builder/vite/csp-plugin.ts'
import { bootScriptLast } from './src/builder/vite/boot-script-last-plugin.ts'
import { bootScriptMinified } from './src/builder/vite/boot-script-minify-plugin.ts'
// Code the dependencies ship for features the app never uses; keeps the home page in its budget.
import { trimDependencies } from './src/builder/vite/trim-dependencies-plugin.ts'
import {
  FIRST_PAINT_ARTICLE,
  FIRST_PAINT_COMMON,
  FIRST_PAINT_ENTRY,
  FIRST_PAINT_FOLDER,
  inFolders,
} from './src/builder/vite/app-layout.ts'

/**
 * The app's Vite config for a site: buildSite builds with it (`configFile: false`), and the
 * default export below gives it to `vite` and `vite preview`.
 */
export const broadsheetViteConfig = ({ site }: { site: ManifestSite }): UserConfig => ({
  plugins: [
    react(),
    trimDependencies(),
    broadsheetBundle(),
    contentSecurityPolicy(),
    bootScriptLast(),
    bootScriptMinified(),
    broadsheetPwa({ site }),
  ],
  build: {
    target: 'es2022',
    // Every browser with Trusted Types and DecompressionStream has modulepreload; where one lacks
    // it, the hints are only lost speed. The polyfill cost every page 0.5 KB of JavaScript.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      // Share pages also load the article first paint.
      input: { index: 'index.html', 'first-paint': FIRST_PAINT_ENTRY },
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // The first paint must not wait for the shell: what it shares with the shell and with
            // the article route gets chunks of their own (e2e/article-first-paint.spec.ts).
            {
              name: 'common',
              test: (id) =>
                inFolders(id, FIRST_PAINT_COMMON) && !inFolders(id, FIRST_PAINT_ARTICLE),
              priority: 2,
            },
            {
              name: 'article-core',
              test: (id) => inFolders(id, FIRST_PAINT_ARTICLE),
              priority: 2,
            },
            {
              name: 'shell',
              tags: ['$initial'],
              test: (id) => !inFolders(id, [FIRST_PAINT_FOLDER]),
            },
            {
              name: 'side-columns',
              test: /src[\\/](features[\\/](categories[\\/](components|messages)|archive[\\/](components|messages))|lib[\\/](calendar|category-tree|api[\\/]get-(tree|calendar)))/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
})

// The site's title and language come from the posts folder the dev server serves (as the dev
// bundle plugin reads it). Preview serves a site already built: nothing reads them there.
export default defineConfig(async ({ isPreview }) =>
  broadsheetViteConfig({
    site: isPreview
      ? { title: 'Broadsheet', language: 'zh-CN' }
      : await readManifestSite({ posts: process.env.BROADSHEET_POSTS }),
  }),
)
