import { DEFAULT_CONFIG } from '../config'
import { resolveSiteRoot } from '../read/hexo-config'

interface Given {
  posts?: string | undefined
  base?: string | undefined
  siteUrl?: string | undefined
}

/** A Hexo site's `root:` and `url:` fill in --base and --site-url where they were not given. */
export async function withSiteDefaults<T extends Given>(input: T): Promise<T> {
  if (input.base !== undefined && input.siteUrl !== undefined) return input
  const { site } = await resolveSiteRoot(input.posts ?? DEFAULT_CONFIG.posts)
  return {
    ...input,
    base: input.base ?? site.root,
    ...('siteUrl' in input ? { siteUrl: input.siteUrl ?? site.url } : {}),
  }
}
