/**
 * `npm pack` and `npm publish` run this first: the package carries the prebuilt app of these
 * sources, and only it, so that an installed broadsheet builds sites without Vite.
 */
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { ensureAppKit, pruneKits } from './ensure-app-kit'
import { kitPaths } from './kit-paths'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const kit = await ensureAppKit(root)
const stamp = kit.dir.split(/[\\/]/).pop() ?? ''
await pruneKits(root, stamp, 0)
await writeFile(kitPaths(root).current, `${JSON.stringify({ stamp })}\n`)
console.log(`broadsheet: the package carries the prebuilt app ${stamp}`)
