import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { minifySync } from 'vite'

/** public/boot.js, as the build copies it: at the root of the output folder. */
const BOOT_SCRIPT = 'boot.js'

/**
 * public/boot.js stays readable in the repository, and Vite copies public files as they are. It
 * blocks the first paint of every page, so the build minifies the copy: 559 bytes gzipped become
 * about 330. The precache list, written after the build (src/builder/site/precache.ts), then
 * hashes the file that is served.
 */
export function minifyBootScript(code: string): string {
  // Top-level names stay: the script is classic, not a module, and shares the page's scope.
  const result = minifySync(BOOT_SCRIPT, code, { compress: true, mangle: { toplevel: false } })
  if (result.errors.length) throw new Error(`${BOOT_SCRIPT}: ${result.errors[0]?.message}`)
  return result.code
}

export const bootScriptMinified = (): Plugin => ({
  name: 'broadsheet:boot-script-minified',
  apply: 'build',
  async writeBundle(options) {
    if (!options.dir) return
    const file = join(options.dir, BOOT_SCRIPT)
    // No public/boot.js (a build of something else): nothing to do.
    const code = await readFile(file, 'utf8').catch(() => null)
    if (code !== null) await writeFile(file, minifyBootScript(code))
  },
})
