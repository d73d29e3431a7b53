/**
 * The builder's one string escaper, for plain-text post bodies written as HTML source. Tags the
 * builder writes into pages are nodes that dom-serializer escapes (markup.ts), never strings.
 */

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
