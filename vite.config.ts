import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { broadsheetBundle } from './src/builder/vite-plugin.ts'
// PWA (issue 4): service worker, manifest and icons; options live in src/builder/pwa-options.ts.
import { broadsheetPwa } from './src/builder/pwa-options.ts'
import { contentSecurityPolicy } from './src/builder/csp.ts'

/**
 * react-router's one big module sets `X.displayName = …` on every component and wraps them in
 * un-annotated forwardRef calls, so unused ones (Form, fetcher forms…) survive tree-shaking.
 * Dropping the dev-only names and marking those calls pure keeps the home page under its budget.
 */
function treeShakeReactRouter(): Plugin {
  return {
    name: 'broadsheet:tree-shake-react-router',
    apply: 'build',
    transform(code, id) {
      if (!/node_modules[\\/]react-router[\\/]dist[\\/]/.test(id)) return null
      return code
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
    broadsheetPwa(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'shell', tags: ['$initial'] },
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
