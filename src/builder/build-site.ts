import { rename, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUNDLE_DIR } from '../bundle/paths'
import type { BuildOptions, BuildResult } from './build-bundle'
import { buildBundle } from './build-bundle'
import type { Config } from './config'

export interface SiteOptions {
  /** The site folder. @default 'dist' */
  outDir: string
  /** Public path the site is served under, such as `/news/`. @default '/' */
  base: string
  onProgress?: BuildOptions['onProgress']
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Builds the app and the bundle into a staging folder beside the output, then swaps it in,
 * so a failed or killed build leaves the previous site intact and servable.
 */
export async function buildSite(
  config: Omit<Config, 'out'>,
  options: SiteOptions,
): Promise<BuildResult> {
  const outDir = resolve(options.outDir)
  const staging = `${outDir}.staging-${process.pid}`
  const retired = `${outDir}.old-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  try {
    const { build } = await import('vite')
    await build({
      root: projectRoot,
      base: options.base,
      logLevel: 'warn',
      build: { outDir: staging, emptyOutDir: true },
    })
    const result = await buildBundle(
      { ...config, base: options.base, out: join(staging, BUNDLE_DIR) },
      { reportPath: join(staging, 'build-report.json'), reportPrefix: `${BUNDLE_DIR}/`, onProgress: options.onProgress },
    )
    await rename(outDir, retired).catch(() => {})
    await rename(staging, outDir)
    await rm(retired, { recursive: true, force: true })
    return result
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}
