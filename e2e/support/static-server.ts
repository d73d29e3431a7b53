/** The e2e side of the shared static server, and the ports, folders and builds specs use with it. */
import { tmpdir } from 'node:os'
import { execFile, execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { serveStatic as serve, type StaticServer } from '../../src/builder/serve/static-server'

export type { StaticServer }

/** The site in `folder` served as GitHub Pages would serve it (src/builder/serve/static-server.ts). */
export const serveStatic = (folder: string, port: number, base = '/'): Promise<StaticServer> =>
  serve(folder, { like: 'github-pages', port, base })

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

/** A synthetic corpus of `count` posts in `out` (bench/gen-corpus.ts), with its extra flags. */
export const generateCorpus = (out: string, count: number, flags: string[] = []) =>
  execFileSync(process.execPath, [
    '--import',
    'tsx',
    'bench/gen-corpus.ts',
    '--count',
    String(count),
    ...flags,
    '--out',
    out,
  ])
