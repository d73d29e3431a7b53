import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { execFile } from 'node:child_process'
import { extname, join, normalize, resolve } from 'node:path'
import { promisify } from 'node:util'

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
}

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false
}

/**
 * A plain static host, as GitHub Pages behaves: files as they are, `/x` → `x.html`, `/dir/` →
 * `dir/index.html`, and `404.html` with status 404 for anything else. No SPA rewrites, and it
 * reads the folder on every request, so a test can deploy a new build under a running server.
 */
export async function serveStatic(folder: string, port: number, base = '/'): Promise<StaticServer> {
  const root = resolve(folder)
  const server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
      const inside = pathname.startsWith(base) ? pathname.slice(base.length) : null
      const candidates =
        inside === null
          ? []
          : [inside, `${inside}.html`, join(inside, 'index.html')].map((p) =>
              normalize(join(root, p)),
            )
      let file: string | undefined
      for (const candidate of candidates) {
        if (candidate.startsWith(root) && (await isFile(candidate))) {
          file = candidate
          break
        }
      }
      const status = file ? 200 : 404
      file ??= join(root, '404.html')
      if (!(await isFile(file))) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
        return
      }
      res.writeHead(status, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      })
      createReadStream(file).pipe(res)
    })()
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, 'localhost', resolve)
  })
  const { port: actual } = server.address() as AddressInfo
  return {
    url: `http://localhost:${actual}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** The preview's port and site folder (playwright.config.ts), and extra ones derived from them. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173)
export const E2E_DIST = process.env.E2E_DIST ?? 'dist'

/** A port for a spec's own server: 8 + n above the preview's, so parallel runs keep apart. */
export const extraPort = (n: number) => E2E_PORT + 8 + n

/** A folder for a spec's own build, beside E2E_DIST when it is set, else in the temp folder. */
export const extraDir = (name: string) =>
  process.env.E2E_DIST
    ? `${process.env.E2E_DIST}-${name}`
    : join(tmpdir(), `broadsheet-e2e-${name}`)

/** Builds the sample site into `out` with extra CLI flags (and environment), as `npm run build` does. */
export async function buildSite(
  out: string,
  flags: string[] = [],
  env: Record<string, string> = {},
) {
  await promisify(execFile)(
    'npx',
    ['tsx', 'src/builder/cli.ts', 'site', '--quiet', '--out', out, ...flags],
    {
      env: { ...process.env, ...env },
    },
  )
}
