import type { SiteInfo } from '../../bundle/format.ts'
import type { Config } from '../config.ts'
import { isValidTimeZone } from '../parse/dates.ts'
import { resolveSiteRoot } from '../read/hexo-config.ts'

/** The posts folder and the site's settings: `_config.yml` where there is one, else the config's. */
export async function resolveSite(
  config: Pick<Config, 'posts' | 'title' | 'language' | 'timezone' | 'permalink'>,
): Promise<{ postsDir: string; site: SiteInfo; tagMap?: Record<string, string> }> {
  const { postsDir, site: hexo } = await resolveSiteRoot(config.posts)
  const site: SiteInfo = {
    title: hexo.title || config.title,
    language: hexo.language || config.language,
    timezone: pickTimezone(hexo.timezone, config.timezone),
    permalink: hexo.permalink || config.permalink,
  }
  return { postsDir, site, ...(hexo.tagMap ? { tagMap: hexo.tagMap } : {}) }
}

function pickTimezone(fromSite: string | undefined, fallback: string): string {
  if (fromSite && isValidTimeZone(fromSite)) return fromSite
  if (isValidTimeZone(fallback)) return fallback
  throw new Error(`unknown time zone "${fallback}"; use an IANA name such as Asia/Shanghai`)
}
