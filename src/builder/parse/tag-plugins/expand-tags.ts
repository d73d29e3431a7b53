/**
 * Hexo tag plugins (`{% name args %}`, and `{% name %}…{% endname %}` for block tags) in a post's
 * source. Each tag's HTML is set aside behind a placeholder that Markdown and the plain-text
 * renderer leave alone, and put back after them. Code (fenced, inline, `<pre>`, `<code>`) and
 * `{% raw %}` keep a `{%` as text. An unknown tag stays as text, with a warning naming it.
 */
import type { TagContext, TagRenderer } from './context'
import { mediaTags } from './media-tags'
import { splitArgs } from './tag-args'
import { BLOCK_TAGS, VERBATIM_TAGS, textTags } from './text-tags'

const RENDERERS: Record<string, TagRenderer> = { ...textTags, ...mediaTags }

const TAG = /\{%-?\s*([A-Za-z_][\w-]*)([\s\S]*?)-?%\}/g
// Private-use characters: no post writes them, and no renderer escapes or moves them.
const OPEN = '\uE000'
const CLOSE = '\uE001'
const BLOCK_HTML = /^<(?:blockquote|figure|pre|aside|section|p|div|iframe|table|ul|ol)\b/
const BLOCK_PLACEHOLDER = /<p>\uE000(\d+)\uE001<\/p>|\uE000(\d+)\uE001/g

/** Where `{%` is text: fenced code, inline code spans, and `<pre>` and `<code>` elements. */
function codeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = []
  const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*$/gm
  for (let m = fence.exec(text); m; m = fence.exec(text)) {
    const mark = m[1]!
    const close = new RegExp(`^ {0,3}${mark[0] === '`' ? '`' : '~'}{${mark.length},}[ \\t]*$`, 'gm')
    close.lastIndex = m.index + m[0].length
    const end = close.exec(text)
    const stop = end ? end.index + end[0].length : text.length
    ranges.push([m.index, stop])
    fence.lastIndex = stop
  }
  const inline = /(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?[^`]\1(?!`)|<(pre|code)\b[\s\S]*?<\/\2\s*>/gi
  for (let m = inline.exec(text); m; m = inline.exec(text)) {
    const at = m.index
    if (!ranges.some(([a, b]) => at >= a && at < b)) ranges.push([at, at + m[0].length])
  }
  return ranges
}

export interface ExpandedTags {
  /** The source with each tag replaced by a placeholder: on a line of its own for block tags. */
  text: string
  /** Puts the tags' HTML back into the rendered body. */
  restore(html: string): string
}

export function expandTags(source: string, ctx: TagContext): ExpandedTags {
  const html: string[] = []
  const blocks: boolean[] = []
  if (!source.includes('{%')) return { text: source, restore: (out) => out }
  const code = codeRanges(source)
  const inCode = (at: number) => code.some(([a, b]) => at >= a && at < b)
  const hold = (rendered: string, block: boolean) => {
    html.push(rendered)
    // A paragraph of one placeholder loses its <p> only when the HTML is a block.
    blocks.push(block || BLOCK_HTML.test(rendered))
    const mark = `${OPEN}${html.length - 1}${CLOSE}`
    return block ? `\n\n${mark}\n\n` : mark
  }
  let out = ''
  let from = 0
  TAG.lastIndex = 0
  for (let m = TAG.exec(source); m; m = TAG.exec(source)) {
    if (inCode(m.index)) continue
    const name = m[1]!
    const renderer = Object.hasOwn(RENDERERS, name) ? RENDERERS[name] : undefined
    if (!renderer) {
      if (!/^end/.test(name) || !BLOCK_TAGS.has(name.slice(3)))
        ctx.warn(`unknown tag plugin "${name}" left as text`)
      else ctx.warn(`"{% ${name} %}" closes no open tag; left as text`)
      continue
    }
    const args = splitArgs(m[2] ?? '')
    let end = m.index + m[0].length
    let content = ''
    if (BLOCK_TAGS.has(name)) {
      const close = findClose(source, name, end, VERBATIM_TAGS.has(name) ? undefined : inCode)
      if (!close) {
        ctx.warn(`"{% ${name} %}" has no "{% end${name} %}"; left as text`)
        continue
      }
      content = source.slice(end, close.start)
      end = close.end
    }
    // `raw` may sit inside a sentence; the other block tags make blocks of their own.
    const block = BLOCK_TAGS.has(name) && name !== 'raw'
    out += source.slice(from, m.index) + hold(renderer(args, ctx, content), block)
    from = end
    TAG.lastIndex = end
  }
  out += source.slice(from)
  const restore = (rendered: string) =>
    rendered.replace(BLOCK_PLACEHOLDER, (_: string, a?: string, b?: string) => {
      const i = Number(a ?? b)
      const out = html[i] ?? ''
      return a !== undefined && !blocks[i] ? `<p>${out}</p>` : out
    })
  return { text: out, restore }
}

/** The end tag of a block, past any nested tag of the same name. */
function findClose(
  source: string,
  name: string,
  from: number,
  inCode?: (at: number) => boolean,
): { start: number; end: number } | undefined {
  const re = new RegExp(`\\{%-?\\s*(end)?${name}\\b[\\s\\S]*?-?%\\}`, 'g')
  re.lastIndex = from
  let depth = 0
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (inCode?.(m.index)) continue
    if (!m[1]) depth += 1
    else if (depth === 0) return { start: m.index, end: m.index + m[0].length }
    else depth -= 1
  }
  return undefined
}
