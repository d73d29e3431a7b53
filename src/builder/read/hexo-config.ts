import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface HexoSite {
  title?: string
  /** `description:`, the home page's meta description. */
  description?: string
  language?: string
  timezone?: string
  permalink?: string
  /** `post_asset_folder: true`: each post's files sit in a folder named like it, beside it. */
  postAssetFolder?: boolean
  /** `root:`, the default for --base. */
  root?: string
  /** `url:`, the default for --site-url; Hexo's placeholder (example.com) counts as unset. */
  url?: string
  taxonomy?: Taxonomy
  /** `feed: limit:` (hexo-generator-feed's setting), the default for --feed-items. */
  feedLimit?: number
}

/** How a site names its categories and tags. */
export interface Taxonomy {
  /** `tag_map`: tag name → the key its page is listed and linked under (Hexo's slug). */
  tagMap?: Record<string, string>
  /** `category_map`: a category's slug in the old site's URLs (`:category`), by name. */
  categoryMap?: Record<string, string>
  /** `default_category`: the category of posts that name none. */
  defaultCategory?: string
}

function nameMap(value: unknown): Record<string, string> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const entries = Object.entries(value).flatMap(([k, v]) => {
    const slug = text(v)
    return k.trim() && slug ? [[k.trim(), slug] as const] : []
  })
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

const PLACEHOLDER_HOST = /^(?:www\.)?example\.(?:com|org|net)$/i

function siteUrl(value: unknown): string | undefined {
  const url = text(value)
  if (!url) return undefined
  try {
    return PLACEHOLDER_HOST.test(new URL(url).hostname) ? undefined : url
  } catch {
    // Left for --site-url's own check to report, with the value named.
    return url
  }
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** If dir holds _config.yml (a Hexo site root), reads title, language (may be a list: take the first), timezone, permalink, post_asset_folder and returns { postsDir: join(dir,'source/_posts'), sourceDir, draftsDir, site }. Otherwise { postsDir: dir, site: {} }. Throws a clear Error if _config.yml is unreadable YAML. */
export async function resolveSiteRoot(
  dir: string,
): Promise<{ postsDir: string; draftsDir?: string; sourceDir?: string; site: HexoSite }> {
  const file = join(dir, '_config.yml')
  let source: string
  try {
    source = await readFile(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { postsDir: dir, site: {} }
    throw new Error(`cannot read ${file}: ${(e as Error).message}`, { cause: e })
  }
  let config: unknown
  try {
    config = parse(source, { schema: 'core', uniqueKeys: false, merge: true, maxAliasCount: 100 })
  } catch (e) {
    throw new Error(`${file} is not valid YAML: ${(e as Error).message}`, { cause: e })
  }
  if (config !== null && (typeof config !== 'object' || Array.isArray(config))) {
    throw new Error(`${file} is not a YAML mapping`)
  }
  const c = (config ?? {}) as Record<string, unknown>
  const language = text(Array.isArray(c.language) ? c.language[0] : c.language)
  const site: HexoSite = {}
  const title = text(c.title)
  const timezone = text(c.timezone)
  const permalink = text(c.permalink)
  if (title) site.title = title
  const description = text(c.description)
  if (description) site.description = description
  // Hexo's `default` means no language set.
  if (language && language !== 'default') site.language = language
  if (timezone) site.timezone = timezone
  if (permalink) site.permalink = permalink
  const root = text(c.root)
  const url = siteUrl(c.url)
  if (root) site.root = root
  if (url) site.url = url
  const categoryMap = nameMap(c.category_map)
  const defaultCategory = text(c.default_category)
  const tagMap = readTagMap(c.tag_map)
  if (categoryMap || defaultCategory || tagMap)
    site.taxonomy = {
      ...(tagMap ? { tagMap } : {}),
      ...(categoryMap ? { categoryMap } : {}),
      ...(defaultCategory ? { defaultCategory } : {}),
    }
  if (c.post_asset_folder === true) site.postAssetFolder = true
  const feedLimit = readFeedLimit(c.feed)
  if (feedLimit) site.feedLimit = feedLimit
  // Hexo reads posts from <source_dir>/_posts; source_dir is almost always 'source'.
  const sourceDir = join(dir, text(c.source_dir) ?? 'source')
  return {
    postsDir: join(sourceDir, '_posts'),
    draftsDir: join(sourceDir, '_drafts'),
    sourceDir,
    site,
  }
}

/**
 * Hexo looks a tag's exact name up among the map's own keys and uses the value when it is not
 * empty. Names are matched after the same trim and space collapse the builder gives tags.
 * Anything but a mapping is ignored, as Hexo ignores it.
 */
function readTagMap(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  // fromEntries defines own properties, so a key such as `__proto__` stays a plain key.
  const pairs = Object.entries(value).flatMap(([from, to]) => {
    const name = text(to)?.replace(/\s+/g, ' ').normalize('NFC')
    const key = from.replace(/\s+/g, ' ').trim().normalize('NFC')
    return name && key ? [[key, name] as const] : []
  })
  return pairs.length > 0 ? Object.fromEntries(pairs) : undefined
}

/**
 * hexo-generator-feed's `feed.limit`, when it is a positive whole number. Its 0 or false (every
 * post) is ignored: a feed of a whole archive is no feed, and each category would get one.
 */
function readFeedLimit(feed: unknown): number | undefined {
  if (typeof feed !== 'object' || feed === null || Array.isArray(feed)) return undefined
  const limit = (feed as Record<string, unknown>).limit
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : undefined
}
