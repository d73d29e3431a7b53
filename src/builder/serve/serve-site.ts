import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { StaticServer, StaticServerOptions } from './static-server'
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

/** Why a site cannot be served, as one line for the CLI. */
export class ServeProblem extends Error {}

/**
 * `broadsheet serve`: starts serving a built site as a static host would; the CLI says where and
 * closes it on Ctrl-C. A folder with no site in it, or a port in use, fails at once.
 */
export async function startSite(dir: string, options: ServeOptions): Promise<StaticServer> {
  if (!existsSync(join(dir, 'index.html')))
    throw new ServeProblem(`${dir} holds no built site (no index.html): run broadsheet build first`)
  const base = options.base ?? (await builtBase(dir))
  return serveStatic(dir, { like: options.like, port: options.port, base }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error
      throw new ServeProblem(`port ${options.port} is in use: pick another with --port`)
    },
  )
}
