/**
 * Anchor ids for an article's headings, so `/article/<id>#<anchor>` links and the table of contents
 * reach a section. Given at build time, in the cleaning step before the sanitizer (which keeps
 * exactly this shape: HEADING_ID_PATTERN), so the app and the share pages need no code for them.
 */
import type { Document } from 'domhandler'
import { HEADING_ID_PATTERN, HEADING_ID_PREFIX } from '../../sanitize/policy'
import { elements, textOf } from './tree'

const HEADING = /^h[1-6]$/
/** Code points of a slug: long enough to tell headings apart, short enough for a shared link. */
const MAX_SLUG = 48
/** Read no more of a heading than this: a heading that swallowed a page is still one anchor. */
const MAX_TEXT = 1000

/**
 * The slug of a heading's text, as GitHub writes one: NFKC (full-width Latin becomes ASCII), lower
 * case, spaces as hyphens, and only letters, marks, digits, `_` and `-` of any script kept, so
 * "它为什么“不伤眼”" gives "它为什么不伤眼". Unicode classes rather than github-slugger: that package
 * is this one regular expression, and it numbers duplicates -1, -2 where we want -2, -3.
 */
export function headingSlug(text: string): string {
  const points = [
    ...text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s+/g, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^-/, ''),
  ]
  // A cut never ends on a hyphen or a lone combining mark.
  return points
    .slice(0, MAX_SLUG)
    .join('')
    .replace(/[-\p{M}]+$/u, '')
}

/**
 * The ids of headings with these texts, in order: the same text always gives the same id, and a
 * repeat gets -2, -3, … (a number that is itself taken moves on). A heading with no letters or digits
 * (emoji, punctuation) is "section", numbered the same way.
 */
export function headingIds(texts: readonly string[]): string[] {
  const taken = new Set<string>()
  return texts.map((text) => {
    const base = `${HEADING_ID_PREFIX}${headingSlug(text) || 'section'}`
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  })
}

/** Gives every heading of the body its anchor id, replacing any id the source had. */
export function addHeadingIds(doc: Document): void {
  const headings = [...elements(doc)].filter((el) => HEADING.test(el.name))
  const ids = headingIds(headings.map((el) => textOf(el, MAX_TEXT)))
  headings.forEach((el, i) => {
    const id = ids[i]!
    // Always true for ids made here; the check keeps the two rules in step if one changes.
    if (HEADING_ID_PATTERN.test(id)) el.attribs.id = id
    else delete el.attribs.id
  })
}
