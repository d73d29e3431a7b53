/**
 * Where a site build puts its feeds, relative to the site's base: the site's at the root
 * (`feed.atom`, `feed.xml`, `feed.json`), a category's beside its page's path
 * (`category/金融/新浪财经/feed.atom`), so that any static host serves them as plain files. A path
 * a disk or a host could not hold as folders (a `/` or `..` in a name, a name too long, a name
 * that is a feed's own file name) goes to `feeds/<hash>/` instead. The builder writes there and
 * the app links there: this is the one rule.
 */
import { fnv1a } from './paths'
import { pagePaths } from './page-paths'

export const FEED_FORMATS = ['atom', 'rss', 'json'] as const
export type FeedFormat = (typeof FEED_FORMATS)[number]

export const FEED_FILES: Readonly<Record<FeedFormat, string>> = {
  atom: 'feed.atom',
  rss: 'feed.xml',
  json: 'feed.json',
}

/** The types autodiscovery links name (`<link rel="alternate" type=…>`). */
export const FEED_TYPES: Readonly<Record<FeedFormat, string>> = {
  atom: 'application/atom+xml',
  rss: 'application/rss+xml',
  json: 'application/feed+json',
}

/** The files a site build publishes for feed readers and crawlers, by URL: never app pages. */
export const FEED_AND_SITEMAP_FILES =
  /\/(?:feed\.(?:atom|xml|json)|sitemap(?:-\d+)?\.xml|robots\.txt)$/

// Most file systems take 255 bytes a name; a margin for hosts that add their own suffixes.
const MAX_NAME_BYTES = 200
const MAX_PATH_BYTES = 1000
// Control characters, separators and what Windows forbids in names; lone surrogates, which
// have no UTF-8 form.
/* eslint-disable no-control-regex -- exactly the characters a file name cannot carry */
const UNSAFE =
  /[\u0000-\u001f\u007f/\\<>:"|?*]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
/* eslint-enable no-control-regex */
const DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i
const FEED_NAMES = new Set(Object.values(FEED_FILES))

const encoder = new TextEncoder()
const utf8Bytes = (text: string) => encoder.encode(text).length

/** Whether a category name can be a folder on every disk and host the site may land on. */
function isSafeName(name: string): boolean {
  return (
    name !== '' &&
    // Hidden files (some hosts skip them) and names Windows trims.
    !name.startsWith('.') &&
    !/[. ]$/.test(name) &&
    !UNSAFE.test(name) &&
    !DEVICE.test(name) &&
    !FEED_NAMES.has(name.toLowerCase()) &&
    utf8Bytes(name) <= MAX_NAME_BYTES
  )
}

/** A stable 16-hex-digit name for a category path: two FNV-1a runs over different inputs. */
function pathHash(path: readonly string[]): string {
  const key = path.join('\u001f')
  const hex = (n: number) => n.toString(16).padStart(8, '0')
  return hex(fnv1a(key)) + hex(fnv1a(`\u0001${key}`))
}

/**
 * The folder of a category's feeds as names on disk, relative to the site's root: `[]` for the
 * site's own feeds (the root), `['category', …names]`, or `['feeds', hash]` for a path that
 * cannot be folders.
 */
export function feedFolder(path: readonly string[]): string[] {
  if (path.length === 0) return []
  const folder = ['category', ...path]
  const safe = path.every(isSafeName) && utf8Bytes(folder.join('/')) <= MAX_PATH_BYTES
  return safe ? folder : ['feeds', pathHash(path)]
}

/** The feed file of a category (`[]`: the site) on disk, relative to the site's root. */
export const feedFile = (path: readonly string[], format: FeedFormat): string =>
  [...feedFolder(path), FEED_FILES[format]].join('/')

// S3's website endpoints read `+` in a path as a space; %2B reads as `+` everywhere.
const encodeName = (name: string) => encodeURIComponent(name).replace(/\+/g, '%2B')

/** The feed's URL path, relative to the site's base: each name encoded. */
export const feedHref = (path: readonly string[], format: FeedFormat): string =>
  [...feedFolder(path).map(encodeName), FEED_FILES[format]].join('/')

/** The page a category's feed stands for, relative to the base: `''` (home) for the site's. */
export const feedPageHref = (path: readonly string[]): string =>
  path.length === 0 ? '' : pagePaths.category(path)
