import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface HexoSite {
  title?: string
  language?: string
  timezone?: string
  permalink?: string
  /** Hexo's `tag_map`: tag name → the name it is shown and linked under. */
  tagMap?: Record<string, string>
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** If dir holds _config.yml (a Hexo site root), reads title, language (may be a list: take the first), timezone, permalink and returns { postsDir: join(dir,'source/_posts'), site }. Otherwise { postsDir: dir, site: {} }. Throws a clear Error if _config.yml is unreadable YAML. */
export async function resolveSiteRoot(dir: string): Promise<{ postsDir: string; site: HexoSite }> {
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
  // Hexo's `default` means no language set.
  if (language && language !== 'default') site.language = language
  if (timezone) site.timezone = timezone
  if (permalink) site.permalink = permalink
  const tagMap = readTagMap(c.tag_map)
  if (tagMap) site.tagMap = tagMap
  // Hexo reads posts from <source_dir>/_posts; source_dir is almost always 'source'.
  return { postsDir: join(dir, text(c.source_dir) ?? 'source', '_posts'), site }
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
    const name = text(to)?.replace(/\s+/g, ' ')
    const key = from.replace(/\s+/g, ' ').trim()
    return name && key ? [[key, name] as const] : []
  })
  return pairs.length > 0 ? Object.fromEntries(pairs) : undefined
}
