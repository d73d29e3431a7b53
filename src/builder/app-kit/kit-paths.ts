import { join } from 'node:path'
import type { ManifestSite } from '../vite/manifest-site'

/**
 * The base the prebuilt app is built under. Every file of it names its base through this string,
 * which a site build replaces with the site's own (`/`, `/news/`).
 */
export const KIT_BASE = '/__broadsheet_base__/'

/**
 * Text of the prebuilt app (code, pages, a rendered snapshot) under the site's base: the
 * placeholder as Vite writes it (`/__broadsheet_base__/…`), and as the router writes its
 * basename (`/__broadsheet_base__` alone, `/__broadsheet_base__?page=2`).
 */
export const atBase = (text: string, base: string) =>
  text.replaceAll(KIT_BASE, base).replaceAll(KIT_BASE.slice(0, -1), base.replace(/\/+$/, '') || '/')

/** The title and language the prebuilt app is built with: a site build writes its own manifest. */
export const KIT_SITE: ManifestSite = { title: 'Broadsheet', language: 'zh-CN' }

/**
 * The copy `npm pack` ships (`prebuilt/packed/`): apart from the checkout's own kits, so packing
 * never removes one that a build running at the same time is copying.
 */
export const PACKED = 'packed'

/** Where prebuilt apps live: `prebuilt/<stamp>/`, and the packed one. */
export function kitPaths(root: string, stamp = '') {
  const folder = join(root, 'prebuilt')
  const dir = join(folder, stamp)
  return {
    folder,
    dir,
    app: join(dir, 'app'),
    renderer: join(dir, 'renderer/render-home.mjs'),
  }
}
