import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join, normalize, resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { BUNDLE_DIR } from '../../bundle/paths.ts'
import { contentType } from '../site/content-types.ts'
import type * as Builder from '../index'
import type { DevBundler } from '../index'
import type { SiteFileSources } from '../site-files/copy-site-files'

// Loaded through tsx at dev time, so Vite's config loader never bundles the builder and its workers.
let builder: Promise<typeof Builder> | undefined
const loadBuilder = async () => {
  const { tsImport } = await import('tsx/esm/api')
  return (builder ??= tsImport('../index.ts', import.meta.url) as Promise<typeof Builder>)
}

export interface BundlePluginOptions {
  /** Posts folder or Hexo site root. @default process.env.BROADSHEET_POSTS ?? 'content' */
  posts?: string
  /** Zone when `_config.yml` names none. @default 'UTC' */
  timezone?: string
}

/**
 * Dev only: builds the bundle from the posts folder, serves it at `<base>data/`, and
 * rebuilds what changed when a post is edited, added or deleted, then reloads the page.
 */
export function broadsheetBundle(options: BundlePluginOptions = {}): Plugin {
  const out = resolve('.cache/dev/data')
  const posts = resolve(options.posts ?? process.env.BROADSHEET_POSTS ?? 'content')
  // Kept for the server's life: a rebuild of one post then costs no worker start-up.
  let bundler: DevBundler | undefined
  // A Hexo site root's own files (source/, asset folders), served as a site build copies them.
  let siteFiles: SiteFileSources | undefined
  let building: Promise<unknown> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined

  const rebuild = (server: ViteDevServer) => {
    building = building.then(async () => {
      const started = performance.now()
      try {
        const { createDevBundler } = await loadBuilder()
        bundler ??= createDevBundler({ posts, out, timezone: options.timezone, workers: 2 })
        const result = await bundler.build()
        siteFiles = result.siteFiles
        const ms = Math.round(performance.now() - started)
        server.config.logger.info(
          `bundle: ${result.entry.counts.articles} articles, ${result.written} files written, ${result.linked} linked in ${ms} ms`,
          { timestamp: true },
        )
        server.ws.send({ type: 'full-reload' })
      } catch (error) {
        server.config.logger.error(
          `bundle: ${error instanceof Error ? error.message : String(error)}`,
        )
      }
    })
    return building
  }

  return {
    name: 'broadsheet-bundle',
    apply: 'serve',
    async configureServer(server) {
      server.httpServer?.once('close', () => void bundler?.close())
      await rebuild(server)
      server.watcher.add(posts)
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(posts) || !/\.(md|ya?ml)$/i.test(file)) return
        clearTimeout(timer)
        timer = setTimeout(() => void rebuild(server), 100)
      }
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange)
      const prefix = `${server.config.base}${BUNDLE_DIR}/`
      server.middlewares.use(async (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '')
        if (!url.startsWith(prefix)) return next()
        await building
        const file = normalize(join(out, url.slice(prefix.length)))
        if (!file.startsWith(out) || !(await stat(file).catch(() => null))?.isFile()) {
          res.statusCode = 404
          return res.end('not found')
        }
        res.setHeader('Content-Type', contentType(file))
        res.setHeader('Cache-Control', 'no-cache')
        createReadStream(file).pipe(res)
      })
      // Before Vite's HTML fallback, which would answer with the app; the app's public/ files
      // still win, as in a site build.
      server.middlewares.use(async (req, res, next) => {
        const { base, publicDir } = server.config
        const url = safeDecode((req.url ?? '').split('?')[0] ?? '')
        if (!siteFiles || !url?.startsWith(base)) return next()
        const path = url.slice(base.length)
        if ((await stat(join(publicDir, path)).catch(() => null))?.isFile()) return next()
        const { findSiteFile } = await loadBuilder()
        const file = await findSiteFile(siteFiles, path)
        if (!file) return next()
        res.setHeader('Content-Type', contentType(file))
        res.setHeader('Cache-Control', 'no-cache')
        createReadStream(file).pipe(res)
      })
    },
  }
}

function safeDecode(path: string): string | undefined {
  try {
    return decodeURIComponent(path)
  } catch {
    return undefined
  }
}
