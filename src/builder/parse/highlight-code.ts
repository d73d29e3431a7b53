/**
 * Code highlighted at build time with highlight.js (Hexo's own highlighter), so the app ships no
 * highlighter: only with a language the author named, as Hexo does by default (auto-detection
 * guesses wrong on short snippets and costs the most). Marked lines (`mark:1,3-4`) are wrapped
 * in `<mark>`, with the token spans closed and reopened at each line's ends.
 */
import { createRequire } from 'node:module'
import type { HLJSApi } from 'highlight.js'

// Loaded on the first code block that names a language: most news posts have none.
let hljs: HLJSApi | undefined
const load = () => (hljs ??= createRequire(import.meta.url)('highlight.js') as HLJSApi)

const escape = (code: string) =>
  code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Highlighted HTML for the inside of `<code>`; plain escaped text for an unknown language. */
export function highlightCode(
  code: string,
  lang: string | undefined,
  marked?: Set<number>,
): string {
  const name = lang?.trim().toLowerCase()
  const api = name ? load() : undefined
  const html =
    api && name && api.getLanguage(name)
      ? api.highlight(code, { language: name, ignoreIllegals: true }).value
      : escape(code)
  return marked && marked.size > 0 ? markLines(html, marked) : html
}

/** Splits highlighted HTML into lines, each with its open spans, and marks the listed ones. */
function markLines(html: string, marked: Set<number>): string {
  const open: string[] = []
  const lines = html.split('\n').map((line) => {
    const prefix = open.join('')
    for (const tag of line.match(/<span[^>]*>|<\/span>/g) ?? []) {
      if (tag === '</span>') open.pop()
      else open.push(tag)
    }
    return prefix + line + '</span>'.repeat(open.length)
  })
  return lines.map((line, i) => (marked.has(i + 1) ? `<mark>${line}</mark>` : line)).join('\n')
}
