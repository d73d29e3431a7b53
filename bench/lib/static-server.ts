/**
 * A small static server for the benchmark: gzip like a CDN, long cache for hashed files,
 * `<path>.html` for extensionless paths (share pages), `index.html` for other app routes. `vite preview` serves without compression, which would
 * overstate every byte figure.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { Server } from 'node:http'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { createGzip } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // Bundle files (format 2): stored gzipped, served as they are, as static hosts do.
  '.gz': 'application/gzip',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg'])

/** Hashed names never change: the browser may keep them; entry.json and pages revalidate. */
function cacheControl(path: string): string {
  if (/\/(assets|data\/(articles|lists|tree|calendar|ids|aliases))\//.test(path)) {
    return 'public, max-age=31536000, immutable'
  }
  return 'no-cache'
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const file = normalize(join(root, urlPath))
  if (!file.startsWith(root)) return null
  const info = await stat(file).catch(() => null)
  if (info?.isFile()) return file
  if (info?.isDirectory()) return resolveFile(root, join(urlPath, 'index.html'))
  return null
}

export async function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')
      // `/article/<id>` → `article/<id>.html`, as Netlify, Cloudflare Pages and GitHub Pages do.
      let file = (await resolveFile(root, urlPath)) ?? (await resolveFile(root, `${urlPath}.html`))
      // Bundle and asset misses are real 404s; any other path is an app route.
      if (!file && !/^\/(data|assets)\//.test(urlPath)) file = join(root, 'index.html')
      if (!file) {
        res.writeHead(404).end('not found')
        return
      }
      const ext = extname(file)
      const headers: Record<string, string> = {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': cacheControl(file.slice(root.length)),
      }
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))
      if (gzip) headers['Content-Encoding'] = 'gzip'
      res.writeHead(200, headers)
      const stream = createReadStream(file)
      if (gzip) stream.pipe(createGzip()).pipe(res)
      else stream.pipe(res)
    })()
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return server
}
