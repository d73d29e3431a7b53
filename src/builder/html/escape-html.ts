/**
 * The builder's one HTML escaper, for the strings it writes into pages: share pages, the CSP
 * meta tag, plain-text post bodies. Markup the builder edits goes through the parser instead.
 */

const LITERAL = /[&<>"]/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Literal text, safe between tags and inside a double-quoted attribute value alike. */
export function escapeHtml(text: string): string {
  return text.replace(LITERAL, (char) => ENTITIES[char]!)
}

// A `&` that does not start a character reference.
const BARE_AMPERSAND = /&(?!(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});)/gi

/**
 * Text that is already HTML source, between tags: the entities written in it are kept, and only
 * a bare `&`, `<` and `>` are escaped. A Hexo post's plain-text body is such source: `&amp;` in it
 * was always meant as `&`.
 */
export function escapeHtmlKeepingEntities(text: string): string {
  return text.replace(BARE_AMPERSAND, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
