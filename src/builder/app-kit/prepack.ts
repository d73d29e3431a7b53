/**
 * `npm pack` and `npm publish` run this first: the package carries the prebuilt app of these
 * sources (a copy in prebuilt/packed/), so that an installed broadsheet builds sites without Vite.
 */
import { cp, rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { ensureAppKit } from './ensure-app-kit'
import { PACKED, kitPaths } from './kit-paths'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const kit = await ensureAppKit(root)
const packed = kitPaths(root, PACKED).dir
await rm(packed, { recursive: true, force: true })
await cp(kit.dir, packed, { recursive: true })
