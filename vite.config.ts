import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { broadsheetBundle } from './src/builder/vite/dev-bundle-plugin.ts'
// PWA (issue 4): service worker, manifest and icons; options live in src/builder/vite/pwa-plugin.ts.
import { broadsheetPwa } from './src/builder/vite/pwa-plugin.ts'
import { contentSecurityPolicy } from './src/builder/site/csp.ts'
import { bootScriptLast } from './src/builder/vite/boot-script-last-plugin.ts'
import {
  FIRST_PAINT_ARTICLE,
  inFirstPaintCommon,
  FIRST_PAINT_ENTRY,
  FIRST_PAINT_FOLDER,
  inFolders,
} from './src/builder/vite/app-layout.ts'

/**
 * react-router's one big module sets `X.displayName = …` on every component and wraps them in
 * un-annotated forwardRef calls, so unused ones (Form, fetcher forms…) survive tree-shaking.
 * Dropping the dev-only names and marking those calls pure keeps the home page under its budget.
 * Its package exports only the build with development warnings on (the production build differs
 * in that one flag): turning it off drops the warnings' code and text, 0.5 KB gzipped.
 */
function treeShakeReactRouter(): Plugin {
  return {
    name: 'broadsheet:tree-shake-react-router',
    apply: 'build',
    transform(code, id) {
      if (!/node_modules[\\/]react-router[\\/]dist[\\/]/.test(id)) return null
      return code
        .replace(/^var ENABLE_DEV_WARNINGS = true;$/m, 'var ENABLE_DEV_WARNINGS = false;')
        .replace(/^[\w$]+\.displayName = "[^"]*";$/gm, '')
        .replace(/(=\s*)(React\d*\.(?:forwardRef|memo|createContext)\()/g, '$1/* @__PURE__ */ $2')
    },
  }
}

export default defineConfig({
  plugins: [
    react(),
    treeShakeReactRouter(),
    broadsheetBundle(),
    contentSecurityPolicy(),
    bootScriptLast(),
    broadsheetPwa(),
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
            { name: 'common', test: (id) => inFirstPaintCommon(id), priority: 2 },
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
