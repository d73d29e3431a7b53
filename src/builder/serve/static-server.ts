/**
 * `broadsheet serve`'s static server, also the end-to-end tests' and the benchmark's, acting like
 * one of two hosts:
 *
 * - `github-pages`: files as they are, `/x` → `x.html`, `/dir/` → `dir/index.html`, and `404.html`
 *   with status 404 for anything else; no rewrites to the app, no compression, no caching. The
 *   e2e specs use it to check what a plain static host does with the site.
 * - `cdn`: gzip for text, a year's cache for hashed files, `/x` → `x/index.html` or `x.html`, and
 *   `index.html` for any other path outside `data/` and `_app/` (an app route). The benchmark
 *   uses it: `vite preview` serves without compression, which would overstate every byte figure.
 *
 * Both read the folder on every request, so a test can deploy a new build under a running server.
 */
import { open, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { createGzip } from 'node:zlib'
import { contentType } from '../site/content-types'

export interface StaticServerOptions {
  /** The host to act like (see above). */
  like: 'github-pages' | 'cdn'
  /** 0 picks a free port. */
  port: number
  /** The public path the site is built for; other paths are misses. @default '/' */
  base?: string
  /** @default 'localhost' */
  hostname?: string
}

export interface StaticServer {
  /** Where the site is, with the base: `http://localhost:4181/news/`. */
  url: string
  close: () => Promise<void>
}

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.atom',
  '.xml',
  '.txt',
])

/** CDN: hashed names never change, so the browser may keep them; entry.json and pages revalidate. */
function cdnCacheControl(path: string): string {
  return /\/(_app|data\/(articles|lists|tree|calendar|ids|aliases|search|tags))\//.test(path)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache'
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false
}

/** The first candidate path, inside the root, that is a file. */
async function firstFile(root: string, paths: string[]): Promise<string | undefined> {
  for (const path of paths) {
    const file = normalize(join(root, path))
    if ((file === root || file.startsWith(root + sep)) && (await isFile(file))) return file
  }
  return undefined
}

/** The file a host serves for `inside` (the path under the base, null outside it), and its status. */
async function resolveRequest(
  root: string,
  inside: string | null,
  like: StaticServerOptions['like'],
): Promise<{ file: string; status: number } | undefined> {
  if (like === 'github-pages') {
    const candidates = inside === null ? [] : [inside, `${inside}.html`, join(inside, 'index.html')]
    const file = await firstFile(root, candidates)
    if (file) return { file, status: 200 }
    const notFound = join(root, '404.html')
    return (await isFile(notFound)) ? { file: notFound, status: 404 } : undefined
  }
  if (inside === null) return undefined
  // `/article/<id>` → `article/<id>.html`, as Netlify, Cloudflare Pages and GitHub Pages do.
  const file = await firstFile(root, [inside, join(inside, 'index.html'), `${inside}.html`])
  if (file) return { file, status: 200 }
  // Bundle and asset misses are real 404s; any other path is an app route.
  if (/^\/?(data|_app)\//.test(inside)) return undefined
  return { file: join(root, 'index.html'), status: 200 }
}

async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  options: StaticServerOptions,
): Promise<void> {
  const base = options.base ?? '/'
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) : null
  const found = await resolveRequest(root, inside, options.like)
  // Opened before answering: a deploy may swap the site out between the lookup and the read.
  const handle = found ? await open(found.file).catch(() => null) : null
  if (!found || !handle) {
    if (options.like === 'github-pages') res.writeHead(404, { 'Content-Type': 'text/plain' })
    else res.writeHead(404)
    res.end('not found')
    return
  }
  const { file, status } = found
  const headers: Record<string, string> = { 'Content-Type': contentType(file) }
  let gzip = false
  if (options.like === 'cdn') {
    headers['Cache-Control'] = cdnCacheControl(file.slice(root.length))
    gzip =
      COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))
    if (gzip) headers['Content-Encoding'] = 'gzip'
  } else {
    headers['Cache-Control'] = 'no-cache'
  }
  res.writeHead(status, headers)
  const stream = handle.createReadStream()
  stream.on('error', () => res.destroy())
  // A client gone before the end: the stream (and with it the file) is closed, not left to GC.
  res.once('close', () => stream.destroy())
  if (gzip) stream.pipe(createGzip()).pipe(res)
  else stream.pipe(res)
}

/** Serves `folder` until `close()`; resolves once it listens. */
export async function serveStatic(
  folder: string,
  options: StaticServerOptions,
): Promise<StaticServer> {
  const root = resolve(folder)
  const server = createServer((req, res) => {
    respond(req, res, root, options).catch(() => {
      // A malformed %-escape in the path: a host answers 400 rather than hanging up.
      if (!res.headersSent) res.writeHead(400).end('bad request')
    })
  })
  const hostname = options.hostname ?? 'localhost'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, hostname, resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${hostname}:${port}${options.base ?? '/'}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
