import { DEFAULT_CONFIG } from '../config'
import { resolveSiteRoot } from '../read/hexo-config'

interface Given {
  posts?: string | undefined
  base?: string | undefined
  siteUrl?: string | undefined
  feedItems?: number | undefined
}

/**
 * A Hexo site's `root:`, `url:` and `feed: limit:` fill in --base, --site-url and --feed-items
 * where they were not given (the last two for site builds only, whose input has those keys).
 */
export async function withSiteDefaults<T extends Given>(input: T): Promise<T> {
  const open = (key: 'siteUrl' | 'feedItems') => key in input && input[key] === undefined
  if (input.base !== undefined && !open('siteUrl') && !open('feedItems')) return input
  const { site } = await resolveSiteRoot(input.posts ?? DEFAULT_CONFIG.posts)
  return {
    ...input,
    base: input.base ?? site.root,
    ...('siteUrl' in input ? { siteUrl: input.siteUrl ?? site.url } : {}),
    ...('feedItems' in input ? { feedItems: input.feedItems ?? site.feedLimit } : {}),
  }
}
