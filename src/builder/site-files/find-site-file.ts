import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteFileSources } from './copy-site-files'
import { inAppFolder, isSitePage, isSkippedSitePath, permalinkFolder } from './rules'

/**
 * The dev server's answer for a path of the site (no base, no leading slash): the file a site
 * build would have copied there, from a post's asset folder or from source/. Links are not
 * checked here: the dev server serves the author's own machine.
 */
export async function findSiteFile(
  sources: SiteFileSources,
  path: string,
): Promise<string | undefined> {
  if (path === '' || inAppFolder(path) || isSitePage(path)) return undefined
  if (path.split('/').includes('..')) return undefined
  const candidates: string[] = []
  for (const post of sources.postAssets) {
    const folder = permalinkFolder(post.permalink)
    const rest = path.slice(folder.length)
    if (path.startsWith(folder) && !isSkippedSitePath(rest)) candidates.push(join(post.dir, rest))
  }
  if (!isSkippedSitePath(path)) candidates.push(join(sources.sourceDir, path))
  for (const file of candidates) if ((await stat(file).catch(() => null))?.isFile()) return file
  return undefined
}
