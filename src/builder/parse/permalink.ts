import { createHash } from 'node:crypto'
import { zonedParts } from './dates'

const pad = (n: number): string => String(n).padStart(2, '0')

// hexo-util's slugize: runs of spaces and punctuation become one '-'; accents are dropped.
function slugize(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .replace(/[\s~`!@#$%^&*()\-_+=[\]{}|\\;:"'<>,.?/]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const PARAM = /:(\w*[^_\W])/g

/** Expands a Hexo permalink pattern (:year :month :day :i_month :i_day :hour :minute :second :title :name :post_title :id :category :hash) for one post; :title is the post's path relative to the posts folder without extension (Hexo's meaning), :name the file name without extension. Returns the path with no leading slash; a trailing slash kept as in the pattern. Not URL-encoded. */
export function expandPermalink(
  pattern: string,
  post: {
    relPath: string
    date: Date
    timezone: string
    categories: string[][]
    id: string
    title?: string
    /** `category_map`: slugs by category name. */
    categoryMap?: Record<string, string>
    /** Front matter `slug:`, which Hexo puts in place of the file's path. */
    slug?: string
  },
): string {
  const slug = post.slug ?? post.relPath.replace(/\\/g, '/').replace(/\.[^./]*$/, '')
  const t = zonedParts(post.date, post.timezone)
  const path = post.categories[0] ?? []
  const values: Record<string, string> = {
    year: String(t.y),
    month: pad(t.mo),
    day: pad(t.d),
    i_month: String(t.mo),
    i_day: String(t.d),
    hour: pad(t.h),
    minute: pad(t.mi),
    second: pad(t.s),
    title: slug,
    name: slug.split('/').pop() ?? slug,
    post_title: post.title ? slugize(post.title).toLowerCase() : '',
    id: post.id,
    // Hexo's category slug is the whole path of the post's deepest category.
    category:
      path.length > 0
        ? path.map((name) => slugize(post.categoryMap?.[name] ?? name)).join('/')
        : 'uncategorized',
    hash: createHash('sha1')
      .update(slug + String(Math.floor(post.date.getTime() / 1000)))
      .digest('hex')
      .slice(12, 24),
  }
  // Unknown parameters are left as written rather than guessed.
  const expanded = pattern.replace(PARAM, (match, name: string) => values[name] ?? match)
  return expanded.replace(/^\/+/, '')
}

/**
 * The post's path on the old site: front matter `permalink:` as written (Hexo serves the post
 * there), else the pattern expanded with front matter `slug:` in place of the file's path.
 */
export function postPermalink(
  pattern: string,
  front: { permalink?: unknown; slug?: unknown },
  post: Parameters<typeof expandPermalink>[1],
): string {
  const own = typeof front.permalink === 'string' ? front.permalink.trim() : ''
  // An absolute URL names another site, not a path on this one.
  if (own && !/^[a-z][a-z\d+.-]*:/i.test(own)) return own.replace(/^\/+/, '')
  const slug = typeof front.slug === 'string' || typeof front.slug === 'number'
  const value = slug
    ? String(front.slug)
        .trim()
        .replace(/^\/+|\/+$/g, '')
    : ''
  return expandPermalink(pattern, { ...post, ...(value ? { slug: value } : {}) })
}
