import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { zonedParts } from '../parse/dates'

export interface SiteConfig {
  title?: string
  language?: string
  timezone?: string
  permalink?: string
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** If dir holds _config.yml (a Hexo site root), reads title, language (may be a list: take the first), timezone, permalink and returns { postsDir: join(dir,'source/_posts'), site }. Otherwise { postsDir: dir, site: {} }. Throws a clear Error if _config.yml is unreadable YAML. */
export async function resolveSiteRoot(
  dir: string,
): Promise<{ postsDir: string; site: SiteConfig }> {
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
  const site: SiteConfig = {}
  const title = text(c.title)
  const timezone = text(c.timezone)
  const permalink = text(c.permalink)
  if (title) site.title = title
  // Hexo's `default` means no language set.
  if (language && language !== 'default') site.language = language
  if (timezone) site.timezone = timezone
  if (permalink) site.permalink = permalink
  // Hexo reads posts from <source_dir>/_posts; source_dir is almost always 'source'.
  return { postsDir: join(dir, text(c.source_dir) ?? 'source', '_posts'), site }
}

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
  },
): string {
  const slug = post.relPath.replace(/\\/g, '/').replace(/\.[^./]*$/, '')
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
    category: path.length > 0 ? path.map(slugize).join('/') : 'uncategorized',
    hash: createHash('sha1')
      .update(slug + String(Math.floor(post.date.getTime() / 1000)))
      .digest('hex')
      .slice(12, 24),
  }
  // Unknown parameters are left as written rather than guessed.
  const expanded = pattern.replace(PARAM, (match, name: string) => values[name] ?? match)
  return expanded.replace(/^\/+/, '')
}
