import { join } from 'node:path'
import { APP_FILES_DIR } from '../../bundle/paths'
import { SCRIPT_TABLE_CHUNKS } from '../../bundle/script-tables'
import { inThread } from '../workers/in-thread'

/**
 * What the service worker precaches: the app shell. Sample images belong to the content, the
 * bundle is cached as it is read, share pages and 404.html are never the app's own pages, and the
 * script display's tables load only for a reader who chose a conversion.
 */
const APP_SHELL = {
  globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
  globIgnores: [
    'sample/**',
    'data/**',
    'article/**',
    '404.html',
    ...SCRIPT_TABLE_CHUNKS.map((name) => `${APP_FILES_DIR}/${name}-*.js`),
  ],
}

/**
 * Writes the precache list into the site's sw.js (compiled from src/sw/sw.ts), from the files as
 * they will be served: run it after the last edit to any of them, or the worker would keep
 * serving the page as it was before. Anything Workbox leaves out (a file too big) fails the build.
 */
export async function writePrecache(siteDir: string): Promise<number> {
  const sw = join(siteDir, 'sw.js')
  // In a thread of its own: workbox-build is large, and its memory would stay under the peak.
  const { count, warnings } = await inThread<{ count: number; warnings: string[] }>(
    new URL('./precache-worker.mjs', import.meta.url),
    {
      swSrc: sw,
      swDest: sw,
      globDirectory: siteDir,
      ...APP_SHELL,
      // Content-hashed names: the URL is the revision. (A pattern's source: a RegExp does not
      // cross to the thread.)
      hashedNames: `^${APP_FILES_DIR}/`,
    },
    'the precache',
  )
  if (warnings.length > 0) throw new Error(`Service worker precache: ${warnings.join('; ')}`)
  return count
}
