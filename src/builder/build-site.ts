import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUNDLE_DIR } from '../bundle/paths'
import type { BuildOptions, BuildResult } from './build-bundle'
import { buildBundle } from './build-bundle'
import type { Config } from './config'
import type { ManifestSite } from './pwa-options'
import { MANIFEST_SITE_ENV } from './pwa-options'
import { homeSnapshotPlugin, renderHomeSnapshot, withoutSnapshot } from './home-snapshot'
import { homePreloads } from './preload-links'
import type { ViteManifest } from './preload-links'
import { writeSharePages } from './share-pages'

export interface SiteOptions {
  /** The site folder. @default 'dist' */
  outDir: string
  /** Public path the site is served under, such as `/news/`. @default '/' */
  base: string
  /**
   * Public URL of the site, such as `https://example.com` (the base is added when the URL has
   * no path). Link previews need it for canonical, og:url and relative og:image; without it
   * those tags are left out.
   */
  siteUrl?: string
  onProgress?: BuildOptions['onProgress']
}

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))
const REPORT = 'build-report.json'

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
  // The bundle is built first, beside the staging folder (Vite empties that one): index.html's
  // home snapshot needs its first page, and the service worker must precache the final index.html.
  const bundleStaging = `${outDir}.bundle-${process.pid}`
  const retired = `${outDir}.old-${process.pid}`
  await rm(staging, { recursive: true, force: true })
  await rm(bundleStaging, { recursive: true, force: true })
  try {
    const result = await buildBundle(
      { ...config, base: options.base, out: join(bundleStaging, BUNDLE_DIR) },
      {
        reportPath: join(bundleStaging, REPORT),
        reportPrefix: `${BUNDLE_DIR}/`,
        onProgress: options.onProgress,
      },
    )
    const snapshot = await renderHomeSnapshot(
      projectRoot,
      bundleStaging,
      result.entry,
      options.base,
    )
    const { build } = await import('vite')
    // The web app manifest carries the site's title and language (vite.config reads this).
    const previous = process.env[MANIFEST_SITE_ENV]
    const site: ManifestSite = { title: result.site.title, language: result.site.language }
    process.env[MANIFEST_SITE_ENV] = JSON.stringify(site)
    try {
      await build({
        root: projectRoot,
        base: options.base,
        logLevel: 'warn',
        plugins: [
          homeSnapshotPlugin(
            snapshot,
            result.site.language,
            homePreloads(options.base, result.entry),
          ),
        ],
        // The manifest tells the share pages which chunks the article route needs.
        build: { outDir: staging, emptyOutDir: true, manifest: true },
      })
    } finally {
      if (previous === undefined) delete process.env[MANIFEST_SITE_ENV]
      else process.env[MANIFEST_SITE_ENV] = previous
    }
    await rename(join(bundleStaging, BUNDLE_DIR), join(staging, BUNDLE_DIR))
    await rename(join(bundleStaging, REPORT), join(staging, REPORT))
    await writeStaticHostFiles(staging, result, options)
    await rename(outDir, retired).catch(() => {})
    await rename(staging, outDir)
    await rm(retired, { recursive: true, force: true })
    return result
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  } finally {
    await rm(bundleStaging, { recursive: true, force: true })
  }
}

/** Absolute root of the deployed site, base included, ending in `/`. */
export function siteRootUrl(siteUrl: string, base: string): string {
  const url = new URL(siteUrl)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`--site-url must be an http(s) URL, not ${siteUrl}`)
  const path = url.pathname === '/' ? base : url.pathname.replace(/\/?$/, '/')
  return new URL(path, url.origin).href
}

/**
 * What plain static hosts need: `404.html` boots the app for any unknown path (GitHub Pages and
 * most hosts serve it), `.nojekyll` stops GitHub Pages from hiding `_`-prefixed files, and
 * `article/<id>.html` gives link previews their tags.
 */
async function writeStaticHostFiles(dir: string, result: BuildResult, options: SiteOptions) {
  // Both without the home snapshot: they never show the home page.
  const indexHtml = withoutSnapshot(await readFile(join(dir, 'index.html'), 'utf8'))
  await writeFile(join(dir, '404.html'), indexHtml)
  await writeFile(join(dir, '.nojekyll'), '')
  const siteRoot = options.siteUrl ? siteRootUrl(options.siteUrl, options.base) : undefined
  const manifestPath = join(dir, '.vite/manifest.json')
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as ViteManifest
  await rm(join(dir, '.vite'), { recursive: true, force: true })
  await writeSharePages(dir, result.entry, {
    indexHtml,
    site: result.site,
    siteRoot,
    base: options.base,
    manifest,
  })
}
