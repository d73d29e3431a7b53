import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { KIT_BASE, KIT_SITE, kitPaths } from './kit-paths'

/**
 * Builds the app once, for any site: Vite's client build under a placeholder base (put right when a
 * site is built, see install-app.ts) and the home snapshot's renderer, with its dependencies inside,
 * so that a site build runs no Vite. Written beside, then renamed into place: builds that run at
 * once each make their own and the first to finish wins.
 */
export async function buildAppKit(root: string, stamp: string): Promise<string> {
  const paths = kitPaths(root, stamp)
  const temporary = `${paths.dir}.tmp-${process.pid}`
  await rm(temporary, { recursive: true, force: true })
  try {
    // Loaded here: an installed package has the kit and neither of these.
    const { build, mergeConfig } = await import('vite')
    const { appViteConfig } = await import('../vite/app-config.ts')
    const { default: react } = await import('@vitejs/plugin-react')
    await build(
      mergeConfig(appViteConfig({ site: KIT_SITE }), {
        configFile: false,
        root,
        base: KIT_BASE,
        logLevel: 'warn',
        // The manifest tells the share pages which chunks the article route needs.
        build: { outDir: join(temporary, 'app'), emptyOutDir: true, manifest: true },
      }),
    )
    await build({
      root,
      base: KIT_BASE,
      configFile: false,
      logLevel: 'warn',
      plugins: [react()],
      // Every import inside: the renderer runs where only the kit is (an installed package).
      ssr: { noExternal: true },
      build: {
        ssr: 'src/app/snapshot/render-home.tsx',
        outDir: join(temporary, 'renderer'),
        emptyOutDir: true,
        minify: false,
        rolldownOptions: { output: { entryFileNames: 'render-home.mjs' } },
      },
    })
    await rename(temporary, paths.dir).catch(async (error: NodeJS.ErrnoException) => {
      // Another build put the same kit in place first.
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error
      await rm(temporary, { recursive: true, force: true })
    })
    return paths.dir
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    throw error
  }
}
