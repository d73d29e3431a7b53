/**
 * Hexo's text tags (`blockquote`, `pullquote`, `codeblock`, `link`, `post_link`, `post_path`), and
 * the `note` and `tabs` that NexT and Butterfly users write, with the arguments their documentation
 * gives them. A block tag's content is Markdown, rendered with its own tags.
 */
import type { ChildNode } from 'domhandler'
import { articleId } from '../../write/hash'
import { highlightCode } from '../highlight-code'
import { element, renderHtml, wrapHtml } from '../../html/markup'
import type { TagContext, TagRenderer } from './context'
import { isUrl, lineSet, takeOptions } from './tag-args'

/** `[author[, source]] [link] [source_link_title]`: Hexo's footer of a quote. */
function quoteFooter(args: string[]): ChildNode[] {
  const text = args.join(' ').trim()
  if (!text) return []
  let author = text
  let cite: ChildNode | string | undefined
  const linked = /^(.*?)\s*(https?:\/\/\S+)\s*(.*)$/i.exec(text)
  const comma = /^(.*?),\s*(.*)$/.exec(text)
  if (linked) {
    author = linked[1]!
    const href = linked[2]!
    const label = linked[3] || href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')
    cite = element('a', { href }, [label])
  } else if (comma) {
    author = comma[1]!
    cite = comma[2]!
  }
  const parts: ChildNode[] = []
  if (author) parts.push(element('strong', {}, [author]))
  if (cite) parts.push(element('cite', {}, [cite]))
  return [element('footer', {}, parts)]
}

function codeBlock(args: string[], content: string): string {
  const { options, rest } = takeOptions(args, [
    'lang',
    'line_number',
    'highlight',
    'first_line',
    'mark',
    'wrap',
    'line_threshold',
  ])
  const at = rest.findIndex((arg) => isUrl(arg))
  const title = (at < 0 ? rest : rest.slice(0, at)).join(' ')
  const code = content.replace(/^\n+|\s+$/g, '')
  const pre = wrapHtml(
    'pre',
    {},
    wrapHtml('code', {}, highlightCode(code, options.get('lang'), lineSet(options.get('mark')))),
  )
  if (!title && at < 0) return pre
  const caption: ChildNode[] = []
  if (title) caption.push(element('span', {}, [title]))
  if (at >= 0) {
    const href = rest[at]!
    caption.push(element('a', { href }, [rest.slice(at + 1).join(' ') || 'link']))
  }
  return wrapHtml('figure', {}, renderHtml(element('figcaption', {}, caption)) + pre)
}

/** The reader's own URL for a post named by its Hexo slug (its path under `_posts`, no `.md`). */
const postUrl = (ctx: TagContext, slug: string) => `${ctx.base}article/${articleId(`${slug}.md`)}`

/** `<!-- tab caption -->` … `<!-- endtab -->` sections of a `tabs` block. */
function tabs(args: string[], ctx: TagContext, content: string): string {
  const name = args.join(' ').replace(/,\s*-?\d+\s*$/, '')
  const sections: string[] = []
  const re = /<!--\s*tab(?:\s+([^>]*?))?\s*-->([\s\S]*?)<!--\s*endtab\s*-->/g
  for (let m = re.exec(content), n = 1; m; m = re.exec(content), n += 1) {
    // Butterfly writes an icon after the caption: `npm @fab fa-npm`.
    const caption = (m[1] ?? '').replace(/@.*$/, '').trim() || `${name} ${n}`
    // A caption, not a heading: a heading's level would have to fit the article's outline.
    const heading = renderHtml(element('p', {}, [element('strong', {}, [caption])]))
    sections.push(wrapHtml('section', {}, heading + ctx.renderInner(m[2] ?? '')))
  }
  return sections.join('\n')
}

export const textTags: Record<string, TagRenderer> = {
  blockquote: (args, ctx, content) =>
    wrapHtml('blockquote', {}, ctx.renderInner(content) + renderHtml(quoteFooter(args))),
  // A quote pulled out of the text: an aside, so that it reads apart from the article's quotes.
  pullquote: (_args, ctx, content) =>
    wrapHtml('aside', {}, wrapHtml('blockquote', {}, ctx.renderInner(content))),
  codeblock: (args, _ctx, content) => codeBlock(args, content),
  code: (args, _ctx, content) => codeBlock(args, content),
  raw: (_args, _ctx, content) => content,
  note: (_args, ctx, content) => wrapHtml('aside', {}, ctx.renderInner(content)),
  tabs,
  link: (args) => {
    const at = args.findLastIndex((arg) => isUrl(arg))
    if (at < 0) return args.join(' ')
    const after = args.slice(at + 1)
    if (after[0] === 'true' || after[0] === 'false') after.shift()
    const text = args.slice(0, at).join(' ') || args[at]!
    return renderHtml(element('a', { href: args[at], title: after.join(' ') || undefined }, [text]))
  },
  post_link: ([slug, ...title], ctx) => {
    if (!slug) return ''
    const label = title.filter((t) => t !== 'true' && t !== 'false').join(' ') || slug
    return renderHtml(element('a', { href: postUrl(ctx, slug) }, [label]))
  },
  post_path: ([slug], ctx) => (slug ? postUrl(ctx, slug) : ''),
}

/** Tags that close with `{% end<name> %}`, and those whose content is text, never tags. */
export const BLOCK_TAGS = new Set([
  'blockquote',
  'pullquote',
  'codeblock',
  'code',
  'raw',
  'note',
  'tabs',
])
export const VERBATIM_TAGS = new Set(['codeblock', 'code', 'raw'])
