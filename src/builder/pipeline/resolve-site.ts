import { fileURLToPath } from 'node:url'
import type { SiteInfo } from '../../bundle/format'
import type { Config } from '../config.ts'
import { isValidTimeZone } from '../parse/dates.ts'
import { resolveSiteRoot, type Taxonomy } from '../read/hexo-config.ts'
import type { LocalFileSettings } from '../site-files/local-files.ts'

/** The app's public/ folder: a site-root URL may point at its files (the sample pictures). */
const PUBLIC_URL = new URL('../../../public', import.meta.url)
// Tests in a browser-like environment load modules from no file: they get no public/ folder.
const PUBLIC_DIRS = PUBLIC_URL.protocol === 'file:' ? [fileURLToPath(PUBLIC_URL)] : []

/** The posts folder and the site's settings: `_config.yml` where there is one, else the config's. */
export async function resolveSite(
  config: Pick<Config, 'posts' | 'title' | 'language' | 'timezone' | 'permalink'>,
): Promise<{
  postsDir: string
  draftsDir?: string
  site: SiteInfo
  taxonomy: Taxonomy
  sourceDir?: string
  local: LocalFileSettings
}> {
  const { postsDir, draftsDir, sourceDir, site: hexo } = await resolveSiteRoot(config.posts)
  const site: SiteInfo = {
    title: hexo.title || config.title,
    ...(hexo.description ? { description: hexo.description } : {}),
    language: hexo.language || config.language,
    timezone: pickTimezone(hexo.timezone, config.timezone),
    permalink: hexo.permalink || config.permalink,
  }
  const local: LocalFileSettings = {
    // The app's files win over the site's (src/builder/site-files/copy-site-files.ts).
    roots: sourceDir ? [...PUBLIC_DIRS, sourceDir] : PUBLIC_DIRS,
    assetFolders: hexo.postAssetFolder === true,
  }
  return {
    postsDir,
    draftsDir,
    site,
    taxonomy: hexo.taxonomy ?? {},
    ...(sourceDir ? { sourceDir } : {}),
    local,
  }
}

function pickTimezone(fromSite: string | undefined, fallback: string): string {
  if (fromSite && isValidTimeZone(fromSite)) return fromSite
  if (isValidTimeZone(fallback)) return fallback
  throw new Error(`unknown time zone "${fallback}"; use an IANA name such as Asia/Shanghai`)
}
