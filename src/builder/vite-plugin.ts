import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join, normalize, resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { BUNDLE_DIR } from '../bundle/paths'
import type { BuildCache } from './build-bundle'
import { buildBundle } from './build-bundle'
import { resolveConfig } from './config'

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
  const config = resolveConfig({
    posts: options.posts ?? process.env.BROADSHEET_POSTS,
    timezone: options.timezone,
    out: '.cache/dev/data',
    workers: 2,
  })
  const cache: BuildCache = new Map()
  let building: Promise<unknown> = Promise.resolve()
  let timer: NodeJS.Timeout | undefined

  const rebuild = (server: ViteDevServer) => {
    building = building.then(async () => {
      const started = performance.now()
      try {
        const result = await buildBundle(config, { cache })
        const ms = Math.round(performance.now() - started)
        server.config.logger.info(`bundle: ${result.entry.counts.articles} articles, ${result.written} files written in ${ms} ms`, { timestamp: true })
        server.ws.send({ type: 'full-reload' })
      } catch (error) {
        server.config.logger.error(`bundle: ${error instanceof Error ? error.message : String(error)}`)
      }
    })
    return building
  }

  return {
    name: 'broadsheet-bundle',
    apply: 'serve',
    async configureServer(server) {
      await rebuild(server)
      server.watcher.add(config.posts)
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(config.posts) || !/\.(md|ya?ml)$/i.test(file)) return
        clearTimeout(timer)
        timer = setTimeout(() => void rebuild(server), 100)
      }
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange)
      const prefix = `${server.config.base}${BUNDLE_DIR}/`
      server.middlewares.use(async (req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '')
        if (!url.startsWith(prefix)) return next()
        await building
        const file = normalize(join(config.out, url.slice(prefix.length)))
        if (!file.startsWith(config.out) || !(await stat(file).catch(() => null))?.isFile()) {
          res.statusCode = 404
          return res.end('not found')
        }
        res.setHeader('Content-Type', 'application/json; charset=utf-8')
        res.setHeader('Cache-Control', 'no-cache')
        createReadStream(file).pipe(res)
      })
    },
  }
}
