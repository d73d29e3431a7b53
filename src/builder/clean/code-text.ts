/**
 * Markup that scrapers left unescaped inside `<pre>`/`<code>` (a Vue `<template>`, a
 * `<script>`, Maven's `<dependency>`) was code the author wanted shown. We turn such
 * elements back into their source text instead of letting the sanitizer delete them.
 */
import { parseDocument } from 'htmlparser2'
import { isText, type ChildNode, type Element } from 'domhandler'
import { textNode, textOf } from './tree'

/** Formatting that highlighters put inside code blocks; kept as elements. */
const CODE_FORMATTING = new Set(
  'a b strong i em u s span code br mark sub sup small kbd samp del ins wbr font var img'.split(
    ' ',
  ),
)

export function isCodeFormatting(name: string): boolean {
  return CODE_FORMATTING.has(name)
}

/** Decodes character references the way the parser does in text (Hexo writes `{` as `&#123;`). */
export function decodeEntities(source: string): string {
  if (!source.includes('&')) return source
  return textOf(parseDocument(source.replace(/</g, '&lt;')))
}

/** The start tag exactly as written, up to the first `>` outside quotes. */
function startTagSource(el: Element, source: string): string | undefined {
  const start = el.startIndex
  if (start === null || source[start] !== '<') return undefined
  let quote = ''
  for (let i = start + 1; i < source.length; i++) {
    const ch = source[i]
    if (quote) quote = ch === quote ? '' : quote
    else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '>') return source.slice(start, i + 1)
  }
  return undefined
}

function endTagSource(el: Element, source: string): string {
  if (el.endIndex === null) return ''
  const tail = source.slice(el.endIndex + 1 - (el.name.length + 3), el.endIndex + 1)
  return tail.toLowerCase() === `</${el.name}>` ? tail : ''
}

function rebuiltStartTag(el: Element): string {
  const attrs = Object.entries(el.attribs).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`))
  return `<${el.name}${attrs.join('')}>`
}

/** The nodes that replace `el`: its tags as text around its children. */
export function elementAsText(el: Element, source: string): ChildNode[] {
  const open = startTagSource(el, source)
  const children = el.children.map((child) => {
    // Raw-text elements (script, style) keep their character references undecoded.
    if (isText(child) && (el.name === 'script' || el.name === 'style'))
      child.data = decodeEntities(child.data)
    return child
  })
  const close = open === undefined ? `</${el.name}>` : endTagSource(el, source)
  const first = textNode(open === undefined ? rebuiltStartTag(el) : decodeEntities(open))
  return ([first] as ChildNode[]).concat(children, close ? [textNode(close)] : [])
}
