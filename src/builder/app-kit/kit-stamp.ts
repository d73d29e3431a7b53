import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/**
 * What the prebuilt app is made from, in a checkout: a change to any of these (or to a VITE_
 * environment variable) builds it again; a content-only site build reuses it. The builder's own
 * code is not among them, except its Vite plugins and chunk layout (src/builder/vite/), which
 * shape the app.
 */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'tsconfig.app.json',
  'tsconfig.base.json',
  'package.json',
  'package-lock.json',
]

const APP_SHAPING = 'src/builder/vite/'

function skipped(path: string): boolean {
  if (/(^|\/)(__tests__|\.[^/]*)(\/|$)|\.test\.tsx?$/.test(path)) return true
  const dir = `${path}/`
  // src/builder/ and src/ hold the way to src/builder/vite/, which is kept.
  return (
    dir.startsWith('src/builder/') && !dir.startsWith(APP_SHAPING) && !APP_SHAPING.startsWith(dir)
  )
}

async function listFiles(root: string, path: string, out: string[]) {
  const full = join(root, path)
  if (!existsSync(full)) return
  const entries = await readdir(full, { withFileTypes: true }).catch(() => null)
  if (!entries) {
    out.push(path)
    return
  }
  for (const entry of entries) {
    const child = path ? `${path}/${entry.name}` : entry.name
    if (skipped(child)) continue
    if (entry.isDirectory()) await listFiles(root, child, out)
    else out.push(child)
  }
}

/** True when `root` holds the app's sources (a checkout), not only a prebuilt app (an installed package). */
export const hasAppSources = (root: string) => existsSync(join(root, 'src/app/main.tsx'))

/** A short hash of every input's path and bytes: the prebuilt app's name. */
export async function kitStamp(root: string): Promise<string> {
  const files: string[] = []
  for (const input of INPUTS) await listFiles(root, input, files)
  const hash = createHash('sha256')
  // Vite puts VITE_ variables into the app (VITE_APP_VERSION stamps a build).
  for (const [key, value] of Object.entries(process.env).sort())
    if (key.startsWith('VITE_')) hash.update(`${key}=${value}\0`)
  for (const file of files.sort()) {
    hash.update(`${relative(root, join(root, file))}\0`)
    hash.update(await readFile(join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}
