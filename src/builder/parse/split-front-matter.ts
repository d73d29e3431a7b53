/**
 * hexo-front-matter's `split`, pattern for pattern, on text whose line ends are already `\n`.
 * The closing separator must repeat the opening one exactly; a file that opens with a
 * separator line and has no such close has no front matter at all.
 */
const PREFIXED = /^(-{3,}|;{3,})\n([\s\S]+?)\n\1\n?([\s\S]*)/
const OPENS_WITH_SEPARATOR = /^(-{3,}|;{3,})/
const UNPREFIXED = /^([\s\S]+?)\n(-{3,}|;{3,})\n?([\s\S]*)/
// js-yaml reads a `---` line after blank lines as the document's start, so Hexo does too.
const LEADING_DOCUMENT_MARKER = /^(?:[ \t]*\n)*---[ \t]*\n/

export interface FrontMatterBlock {
  src: string
  /** 1-based line of the block's first line. */
  line: number
  json: boolean
  /** Whether a separator line opened the block (else Hexo's form with only a closing one). */
  prefixed: boolean
  body: string
  /** 1-based line where the body starts. */
  bodyLine: number
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length

export function splitFrontMatter(
  text: string,
): FrontMatterBlock | { unclosed: string } | undefined {
  const prefixed = PREFIXED.exec(text)
  if (prefixed) {
    const [, separator = '', src = '', body = ''] = prefixed
    return block(text, src, separator.length + 1, separator, true, body)
  }
  const opening = OPENS_WITH_SEPARATOR.exec(text)
  if (opening) return { unclosed: opening[1] ?? '' }
  const unprefixed = UNPREFIXED.exec(text)
  if (!unprefixed) return undefined
  const [, raw = '', separator = '', body = ''] = unprefixed
  const marker = separator === '---' ? LEADING_DOCUMENT_MARKER.exec(raw) : null
  const skip = marker ? marker[0].length : 0
  return block(text, raw.slice(skip), skip, separator, marker !== null, body)
}

function block(
  text: string,
  src: string,
  srcStart: number,
  separator: string,
  prefixed: boolean,
  body: string,
): FrontMatterBlock {
  return {
    src,
    line: lineAt(text, srcStart),
    json: separator.startsWith(';'),
    prefixed,
    body,
    bodyLine: lineAt(text, text.length - body.length),
  }
}
