/**
 * The searchable text of an article: its sanitized HTML without tags, a line break between
 * blocks. The builder indexes it and the app verifies results and cuts snippets from it, so both
 * run this one function on the same `html` field. No DOM (it also runs in Node and in workers):
 * it reads only the sanitizer's own serialisation (src/sanitize/build-sanitizer.ts), where text
 * escapes `<`, `>` and `&`, attribute values are double-quoted, and comments are gone.
 */

const BLOCKS = new Set(
  'p div section article header footer aside blockquote pre ul ol li dl dt dd h1 h2 h3 h4 h5 h6 figure figcaption table caption thead tbody tfoot tr td th hr br details summary iframe video audio img'.split(
    ' ',
  ),
)

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body.toLowerCase()] ?? whole
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

export function articleText(html: string): string {
  let out = ''
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) {
      out += decodeEntities(html.slice(i))
      break
    }
    out += decodeEntities(html.slice(i, lt))
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      i = end < 0 ? html.length : end + 3
      continue
    }
    const gt = tagEnd(html, lt + 1)
    const tag = html.slice(lt + 1, gt)
    const name = /^\/?([a-z0-9-]+)/i.exec(tag)?.[1]?.toLowerCase() ?? ''
    if (BLOCKS.has(name)) out += '\n'
    i = gt + 1
  }
  return out
}

/** The `>` closing a tag, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = ''
  for (let k = from; k < html.length; k++) {
    const c = html[k]
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return k
  }
  return html.length
}
