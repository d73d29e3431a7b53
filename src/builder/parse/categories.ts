import type { CategoryPath } from '../../bundle/format'

const MAX_DEPTH = 8
const MAX_NAME = 100

// Some feeds put Markdown links in their names: 'Webtoons - [Naver](https://…)'.
const MARKDOWN_LINK = /!?\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)/g

/** A display name from front matter: Markdown links reduced to their text, whitespace collapsed, capped. */
export function cleanName(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return ''
  const text = String(value).replace(MARKDOWN_LINK, '$1').replace(/\s+/g, ' ').trim()
  // Cut by code points so an emoji is never split in half.
  const chars = Array.from(text)
  return chars.length > MAX_NAME ? chars.slice(0, MAX_NAME).join('').trim() : text
}

function toPath(items: unknown[]): CategoryPath {
  return items
    .map(cleanName)
    .filter((name) => name !== '')
    .slice(0, MAX_DEPTH)
}

/** Hexo semantics: a list is ONE hierarchy; a list containing lists is several hierarchies (a plain string item among lists is its own one-level hierarchy); a string is one category. Trims names, drops empty ones, strips Markdown link syntax `[text](url)` → text (the corpus has those), collapses whitespace, caps depth (say 8) and name length (say 100 chars). Returns [] when none. De-duplicates identical paths. */
export function normalizeCategories(value: unknown): CategoryPath[] {
  let paths: CategoryPath[]
  if (Array.isArray(value)) {
    paths = value.some(Array.isArray)
      ? value.map((item) => toPath(Array.isArray(item) ? item : [item]))
      : [toPath(value)]
  } else {
    paths = [toPath([value])]
  }
  const seen = new Set<string>()
  return paths.filter((path) => {
    const key = JSON.stringify(path)
    if (path.length === 0 || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A post's tags: the names as written, and where `tag_map` maps any of them, each one's key. */
export interface PostTags {
  names: string[]
  /** Parallel to `names`: the key each tag is listed and linked under. Absent when every key is its name. */
  keys?: string[]
}

/**
 * Tags are flat: a string is one tag, a list (nested or not) is many, a number is its text.
 * Cleaned like category names and de-duplicated. As in Hexo, `tagMap` (`tag_map`) gives a tag the
 * key its page is found under and leaves the name it is shown by.
 */
export function normalizeTags(value: unknown, tagMap?: Readonly<Record<string, string>>): PostTags {
  const items = Array.isArray(value) ? value.flat(MAX_DEPTH) : [value]
  // NFC, as the app normalizes a tag read from its URL.
  const names = [
    ...new Set(items.map((item) => cleanName(item).normalize('NFC')).filter((name) => name !== '')),
  ]
  if (!tagMap || !names.some((name) => Object.hasOwn(tagMap, name))) return { names }
  return {
    names,
    keys: names.map((name) => (Object.hasOwn(tagMap, name) ? tagMap[name] : name) || name),
  }
}
