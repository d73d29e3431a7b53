import { existsSync } from 'node:fs'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { buildAppKit } from './build-app-kit'
import { kitPaths } from './kit-paths'
import { hasAppSources, kitStamp } from './kit-stamp'

export type KitPaths = ReturnType<typeof kitPaths>

/**
 * The prebuilt app a site build copies. In a checkout it is named after its sources and built only
 * when they changed (`built` says so); an installed package has the one it was packed with.
 */
export async function ensureAppKit(root: string): Promise<KitPaths & { built: boolean }> {
  if (!hasAppSources(root)) {
    const current = kitPaths(root).current
    const { stamp } = JSON.parse(await readFile(current, 'utf8').catch(() => '{}')) as {
      stamp?: string
    }
    if (!stamp || !existsSync(kitPaths(root, stamp).app))
      throw new Error(
        `The prebuilt app is missing from ${kitPaths(root).folder}: reinstall broadsheet`,
      )
    return { ...kitPaths(root, stamp), built: false }
  }
  const stamp = await kitStamp(root)
  const paths = kitPaths(root, stamp)
  if (existsSync(paths.app)) return { ...paths, built: false }
  await buildAppKit(root, stamp)
  await pruneKits(root, stamp)
  return { ...paths, built: true }
}

/**
 * Kits of other sources (older ones, or another VITE_ stamp): all but the `spare` newest go. Others
 * stay so that builds running at once under other stamps (the e2e suite's) keep theirs.
 */
export async function pruneKits(root: string, keep: string, spare = 3) {
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
