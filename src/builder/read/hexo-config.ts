import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface HexoSite {
  title?: string
  language?: string
  timezone?: string
  permalink?: string
  /** `post_asset_folder: true`: each post's files sit in a folder named like it, beside it. */
  postAssetFolder?: boolean
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

/** If dir holds _config.yml (a Hexo site root), reads title, language (may be a list: take the first), timezone, permalink, post_asset_folder and returns { postsDir: join(dir,'source/_posts'), sourceDir, site }. Otherwise { postsDir: dir, site: {} }. Throws a clear Error if _config.yml is unreadable YAML. */
export async function resolveSiteRoot(
  dir: string,
): Promise<{ postsDir: string; sourceDir?: string; site: HexoSite }> {
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
  if (c.post_asset_folder === true) site.postAssetFolder = true
  // Hexo reads posts from <source_dir>/_posts; source_dir is almost always 'source'.
  const sourceDir = join(dir, text(c.source_dir) ?? 'source')
  return { postsDir: join(sourceDir, '_posts'), sourceDir, site }
}
