import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ManifestSite } from '../vite/manifest-site'
import { webManifest } from '../vite/manifest-site'
import type { KitPaths } from './ensure-app-kit'
import { KIT_BASE, atBase } from './kit-paths'

/** The app's files that can name its base; the rest (images, fonts) are copied as they are. */
const TEXT = /\.(?:js|mjs|css|html|json|webmanifest|svg|txt)$/

/** Puts the prebuilt app into a site folder: every file as built, with the site's base in place of the placeholder. */
export async function installApp(kit: KitPaths, dir: string, base: string): Promise<void> {
  const left: string[] = []
  async function copyTree(from: string, to: string) {
    await mkdir(to, { recursive: true })
    for (const entry of await readdir(from, { withFileTypes: true })) {
      const source = join(from, entry.name)
      const target = join(to, entry.name)
      if (entry.isDirectory()) await copyTree(source, target)
      else if (!TEXT.test(entry.name)) await copyFile(source, target)
      else {
        const text = atBase(await readFile(source, 'utf8'), base)
        if (text.includes(KIT_BASE.slice(1, -1))) left.push(target)
        await writeFile(target, text)
      }
    }
  }
  await copyTree(kit.app, dir)
  // A placeholder the bundler wrote in some other shape would break the site under its base.
  if (left.length > 0) throw new Error(`The prebuilt app's base is still in ${left.join(', ')}`)
}

/** The installed app's web app manifest, in the site's title and language. */
export async function writeManifest(dir: string, site: ManifestSite): Promise<void> {
  const manifestPath = join(dir, 'manifest.webmanifest')
  const built = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>
  await writeFile(manifestPath, JSON.stringify({ ...built, ...webManifest(site) }))
}
