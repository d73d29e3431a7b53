import MarkdownIt from 'markdown-it'
import { escapeHtmlKeepingEntities } from '../html/escape-html'
import { highlightCode } from './highlight-code'
import type { TagContext } from './tag-plugins/context'
import { expandTags } from './tag-plugins/expand-tags'

export type BodyKind = 'html' | 'markdown' | 'text'

const BLOCK_TAG =
  /^<(?:div|p|figure|table|section|article|aside|header|footer|main|nav|iframe|img|video|audio|picture|blockquote|h[1-6]|ul|ol|dl|pre|hr|br|form|details|center|svg|style)[\s/>]/i

const LEADING_COMMENTS = /^(?:\s*<!--[\s\S]*?-->)*\s*/

const MARKDOWN_SIGNALS = [
  /^ {0,3}#{1,6}[ \t]+\S/m, // ATX heading
  /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/m, // list item
  /^ {0,3}>[ \t]?\S/m, // blockquote
  /^ {0,3}(?:```|~~~)/m, // fenced code
  /^.+\n {0,3}={3,}[ \t]*$/m, // setext heading
  /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m, // table rule
  /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong
  /!?\[[^\]\n]{1,300}\]\([^)\s]{1,2000}(?:\s+"[^"\n]*")?\)/, // link or image
  /`[^`\n]+`/, // inline code
]

// Feeds that carried plain text still got the archive's <div> wrapper.
const WRAPPED_TEXT = /^<div>([\s\S]*)<\/div>$/i
const ANY_TAG = /<[a-z!/?]/i

const markdown = new MarkdownIt('commonmark', {
  html: true,
  linkify: false,
  // Hexo's default renderer (hexo-renderer-marked) turns single newlines into <br>.
  breaks: true,
  // Fenced code with a language, highlighted at build time.
  highlight: (code, lang) => highlightCode(code, lang),
}).enable(['table', 'strikethrough'])

function unwrapText(body: string): string | undefined {
  const inner = WRAPPED_TEXT.exec(body.trim())?.[1]
  return inner !== undefined && !ANY_TAG.test(inner) ? inner : undefined
}

// Enough of the body to judge it by, and a bound on the work the signal patterns can do.
const SAMPLE = 64 * 1024

export function detectBodyKind(body: string): BodyKind {
  const trimmed = body.trim()
  if (trimmed === '' || unwrapText(trimmed) !== undefined) return 'text'
  if (BLOCK_TAG.test(trimmed.replace(LEADING_COMMENTS, ''))) return 'html'
  const sample = trimmed.slice(0, SAMPLE)
  if (MARKDOWN_SIGNALS.some((signal) => signal.test(sample))) return 'markdown'
  // Inline HTML in prose: markdown-it passes it through, as Hexo's renderer would.
  return ANY_TAG.test(trimmed) ? 'markdown' : 'text'
}

function renderText(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)
    .map((lines) => `<p>${lines.map(escapeHtmlKeepingEntities).join('<br>\n')}</p>`)
    .join('\n')
}

/** What tag plugins need of the post; without it, `{%` is text. */
export type BodyContext = Omit<TagContext, 'renderInner'>

/** Returns HTML (NOT sanitized: cleaning and sanitizing happen later, elsewhere). Markdown via markdown-it (CommonMark + GFM tables, html: true, linkify false); text → <p> per paragraph (blank-line separated, single newlines → <br>), escaped. HTML passes through unchanged. Hexo tag plugins are rendered in all three. */
export function renderBody(body: string, ctx?: BodyContext): { html: string; kind: BodyKind } {
  const tagContext: TagContext | undefined = ctx && {
    ...ctx,
    // A block tag's content is Markdown, as Hexo renders it.
    renderInner: (inner) => {
      const tags = expandTags(inner, tagContext!)
      return tags.restore(markdown.render(tags.text))
    },
  }
  const tags = tagContext ? expandTags(body, tagContext) : undefined
  const source = tags?.text ?? body
  const kind = detectBodyKind(source)
  const html =
    kind === 'html'
      ? source
      : kind === 'markdown'
        ? markdown.render(source)
        : renderText(unwrapText(source) ?? source)
  return { html: tags ? tags.restore(html) : html, kind }
}
