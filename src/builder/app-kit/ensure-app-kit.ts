import { existsSync } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { PACKED, kitPaths } from './kit-paths'
import { hasAppSources, kitStamp } from './kit-stamp'

export type KitPaths = ReturnType<typeof kitPaths>

/**
 * The prebuilt app a site build copies. In a checkout it is named after its sources and built only
 * when they changed; an installed package has the copy it was packed with.
 */
export async function ensureAppKit(root: string): Promise<KitPaths & { stamp: string }> {
  if (!hasAppSources(root)) {
    const packed = kitPaths(root, PACKED)
    if (!existsSync(packed.app))
      throw new Error(`The prebuilt app is missing from ${packed.dir}: reinstall broadsheet`)
    return { ...packed, stamp: PACKED }
  }
  const stamp = await kitStamp(root)
  const paths = kitPaths(root, stamp)
  if (existsSync(paths.app)) return { ...paths, stamp }
  await buildInChild(root, stamp)
  await pruneKits(root, stamp)
  return { ...paths, stamp }
}

/**
 * Vite runs in a process of its own: the memory it takes (about 700 MB) is never given back to the
 * system, and in the same process it sat under the bundle's own peak (1.47 GB at 100,000 posts).
 */
async function buildInChild(root: string, stamp: string) {
  const child = fork(
    fileURLToPath(new URL('./app-kit-child.mjs', import.meta.url)),
    [root, stamp],
    {
      execArgv: [],
      stdio: 'inherit',
    },
  )
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (exitCode, signal) => resolve(signal ? null : exitCode))
  })
  if (code !== 0) throw new Error(`building the app failed (exit ${code ?? 'by a signal'})`)
}

/**
 * Kits of other sources (older ones, or another VITE_ stamp): all but the `spare` newest go. Others
 * stay so that builds running at once under other stamps (the e2e suite's) keep theirs.
 */
async function pruneKits(root: string, keep: string, spare = 3) {
  const { folder } = kitPaths(root)
  const names = (await readdir(folder).catch(() => [])).filter(
    (name) => /^[0-9a-f]{16}$/.test(name) && name !== keep,
  )
  const dated = await Promise.all(
    names.map(async (name) => ({ name, at: (await stat(join(folder, name))).mtimeMs })),
  )
  const old = dated.sort((a, b) => b.at - a.at).slice(spare)
  await Promise.all(old.map(({ name }) => rm(join(folder, name), { recursive: true, force: true })))
}
