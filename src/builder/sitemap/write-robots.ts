import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeOrKeep } from '../write/keep-unchanged'
import { SITEMAP_INDEX } from './render-sitemaps'

export const ROBOTS = 'robots.txt'

/**
 * What became of robots.txt: written by the build; the site's own kept (from source/, copied
 * before this runs); or none, because the site is not at its host's root, where alone crawlers
 * read robots.txt.
 */
export type RobotsOutcome = 'written' | 'kept' | 'site' | 'not at the host root'

/**
 * robots.txt: every path may be crawled (the bundle too: crawlers that run the app fetch it),
 * and the sitemap's index is named. Written after the site's own files: theirs wins.
 */
export async function writeRobots(
  siteDir: string,
  siteRoot: string,
  previousDir?: string,
): Promise<RobotsOutcome> {
  if ((await stat(join(siteDir, ROBOTS)).catch(() => null))?.isFile()) return 'site'
  if (new URL(siteRoot).pathname !== '/') return 'not at the host root'
  const text = [
    'User-agent: *',
    'Disallow:',
    '',
    `Sitemap: ${new URL(SITEMAP_INDEX, siteRoot).href}`,
    '',
  ].join('\n')
  return writeOrKeep(siteDir, ROBOTS, text, previousDir)
}
