import type { UserConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { APP_FILES_DIR } from '../../bundle/paths.ts'
import {
  FIRST_PAINT_ARTICLE,
  FIRST_PAINT_ENTRY,
  FIRST_PAINT_FOLDER,
  inFirstPaintCommon,
  inFolders,
  READING_STATE,
  SIDE_COLUMNS,
} from './app-layout.ts'
import { bootScriptLast } from './boot-script-last-plugin.ts'
import { scriptPriority } from './script-priority-plugin.ts'
import { bootScriptMinified } from './boot-script-minify-plugin.ts'
import { contentSecurityPolicy } from './csp-plugin.ts'
// PWA (issue 4): service worker, manifest and icons.
import type { ManifestSite } from './manifest-site.ts'
import { broadsheetPwa } from './pwa-plugin.ts'
// Code the dependencies ship for features the app never uses; keeps the home page in its budget.
import { trimDependencies } from './trim-dependencies-plugin.ts'

/**
 * The app's Vite config for a site: buildSite builds with it (`configFile: false`), and
 * vite.config.ts gives it to `vite` and `vite preview`, with the dev server's bundle plugin.
 */
/** Chunks the side column imports on a gesture (a link pointed at). */
const ON_GESTURE = /\/(?:get-category-list)-[\w-]+\.js$/

export const appViteConfig = ({ site }: { site: ManifestSite }): UserConfig => ({
  plugins: [
    react(),
    trimDependencies(),
    contentSecurityPolicy(),
    bootScriptLast(),
    scriptPriority(),
    bootScriptMinified(),
    broadsheetPwa({ site }),
  ],
  build: {
    target: 'es2022',
    assetsDir: APP_FILES_DIR,
    // Every browser with Trusted Types and DecompressionStream has modulepreload; where one lacks
    // it, the hints are only lost speed. The polyfill cost every page 0.5 KB of JavaScript.
    modulePreload: {
      polyfill: false,
      // Loaded on a reader's gesture from the side column: its own file is all it needs, and a
      // preload list costs the side column's chunk (which every desktop home loads) bytes.
      resolveDependencies: (file, deps) => (ON_GESTURE.test(file) ? [] : deps),
    },
    sourcemap: process.env.SOURCEMAP === '1',
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
              test: (id) => inFirstPaintCommon(id) && !inFolders(id, FIRST_PAINT_ARTICLE),
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
              test: (id) => inFolders(id, SIDE_COLUMNS),
            },
            {
              name: 'reading-state',
              test: (id) => inFolders(id, READING_STATE),
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
})
