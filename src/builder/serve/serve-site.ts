import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StaticServerOptions } from './static-server'
import { serveStatic } from './static-server'

export interface ServeOptions {
  port: number
  /** The public path the site was built for. @default its web app manifest's scope */
  base?: string
  like: StaticServerOptions['like']
}

/** The base a site was built for: the scope its web app manifest was written with. */
async function builtBase(dir: string): Promise<string> {
  const manifest = await readFile(join(dir, 'manifest.webmanifest'), 'utf8').catch(() => '{}')
  const scope = (JSON.parse(manifest) as { scope?: unknown }).scope
  return typeof scope === 'string' && scope.startsWith('/') ? scope : '/'
}

/**
 * `broadsheet serve`: a built site as a static host serves it, until Ctrl-C. Returns the exit code;
 * a folder with no site in it fails at once.
 */
export async function serveSite(dir: string, options: ServeOptions): Promise<number> {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(
      `broadsheet: ${dir} holds no built site (no index.html): run broadsheet build first`,
    )
    return 2
  }
  const base = options.base ?? (await builtBase(dir))
  const server = await serveStatic(dir, { like: options.like, port: options.port, base }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error
      console.error(`broadsheet: port ${options.port} is in use: pick another with --port`)
    },
  )
  if (!server) return 2
  console.log(`Serving ${dir} at ${server.url}, as ${options.like} would. Ctrl-C stops it.`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
  await server.close()
  return 0
}
