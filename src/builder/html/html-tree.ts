/**
 * HTML pages as trees (htmlparser2 + domhandler). Two ways to change one:
 * - `HtmlEditor` edits the source at the places the parser found, as Vite does with MagicString,
 *   so every byte it does not touch stays as it was (index.html, 404.html);
 * - `compileTemplate` writes a changed tree out once, with named holes that each page fills
 *   (100,000 share pages, one parse).
 */
import type { AnyNode, ChildNode, Document, ParentNode } from 'domhandler'
import { Comment, DomHandler, Element } from 'domhandler'
import { appendChild, findAll, findOne, replaceElement } from 'domutils'
import { Parser, parseDocument } from 'htmlparser2'
import { openTag, renderHtml } from './markup.ts'

export type ElementTest = (element: Element) => boolean

/** Elements named `name` whose attributes have these values (`true`: present, any value). */
export const matching =
  (name: string, attributes: Record<string, string | true> = {}): ElementTest =>
  (element) =>
    element.name === name &&
    Object.entries(attributes).every(([key, value]) =>
      value === true ? key in element.attribs : element.attribs[key] === value,
    )

/** The first element that passes `test`, in document order; a missing one fails the build. */
export function findElement(root: ParentNode, test: ElementTest, what: string): Element {
  const found = findOne(test, root.children, true)
  if (!found) throw new Error(`HTML page: no ${what} found`)
  return found
}

export const findElements = (root: ParentNode, test: ElementTest): Element[] =>
  findAll(test, root.children)

/** A page as a tree, to change and write out whole (see `compileTemplate`). */
export const parseHtml = (html: string): Document => parseDocument(html)

/** Records where each opening tag ends, which domhandler's indices do not keep. */
class LocatingHandler extends DomHandler {
  readonly openTagEnds = new WeakMap<Element, number>()

  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs)
    const element = this.tagStack[this.tagStack.length - 1]
    if (element instanceof Element && element.endIndex !== null)
      this.openTagEnds.set(element, element.endIndex)
  }
}

interface Edit {
  start: number
  end: number
  text: string
}

/** Source edits at parsed positions: what is not edited keeps its bytes. */
export class HtmlEditor {
  readonly document: Document
  private readonly openTagEnds: WeakMap<Element, number>
  private readonly edits: Edit[] = []

  constructor(readonly source: string) {
    const handler = new LocatingHandler(undefined, {
      withStartIndices: true,
      withEndIndices: true,
    })
    new Parser(handler).end(source)
    this.document = handler.root
    this.openTagEnds = handler.openTagEnds
  }

  find(test: ElementTest, what: string): Element {
    return findElement(this.document, test, what)
  }

  /** The node's own bytes in the source. */
  sourceOf(node: AnyNode): string {
    return this.source.slice(start(node), end(node))
  }

  insertBefore(node: AnyNode, html: string | ChildNode[]): void {
    this.edit(start(node), start(node), html)
  }

  insertAfter(node: AnyNode, html: string | ChildNode[]): void {
    this.edit(end(node), end(node), html)
  }

  /** Right after the element's opening tag. */
  prepend(element: Element, html: string | ChildNode[]): void {
    const at = this.openTagEnd(element)
    this.edit(at, at, html)
  }

  /** Right before the element's closing tag, which must be written out. */
  append(element: Element, html: string | ChildNode[]): void {
    const close = `</${element.name}>`
    const at = end(element) - close.length
    if (this.source.slice(at, end(element)).toLowerCase() !== close)
      throw new Error(`HTML page: <${element.name}> has no closing tag to insert before`)
    this.edit(at, at, html)
  }

  /** Takes the node out, and with `spaceBefore` the white space that leads up to it. */
  remove(node: AnyNode, { spaceBefore = false } = {}): void {
    let from = start(node)
    const previous = node.prev
    if (spaceBefore && previous?.type === 'text')
      from -= previous.data.length - previous.data.trimEnd().length
    this.edit(from, end(node), '')
  }

  /** Writes the opening tag again with these attributes changed (others keep their order). */
  setAttributes(element: Element, attributes: Record<string, string>): void {
    const attribs = { ...element.attribs, ...attributes }
    this.edit(start(element), this.openTagEnd(element), openTag(element.name, attribs))
  }

  toString(): string {
    // Stable: insertions at one place keep their order, and go before a removal that starts there.
    const edits = this.edits
      .map((edit, order) => ({ ...edit, order }))
      .sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || a.order - b.order)
    let html = ''
    let at = 0
    for (const edit of edits) {
      if (edit.start < at) throw new Error('HTML page: two edits overlap')
      html += this.source.slice(at, edit.start) + edit.text
      at = edit.end
    }
    return html + this.source.slice(at)
  }

  private edit(from: number, to: number, html: string | ChildNode[]) {
    this.edits.push({
      start: from,
      end: to,
      text: typeof html === 'string' ? html : renderHtml(html),
    })
  }

  private openTagEnd(element: Element): number {
    const at = this.openTagEnds.get(element)
    if (at === undefined) throw new Error(`HTML page: <${element.name}> was not parsed here`)
    return at + 1
  }
}

function start(node: AnyNode): number {
  if (node.startIndex === null) throw new Error('HTML page: a node without a source position')
  return node.startIndex
}

function end(node: AnyNode): number {
  if (node.endIndex === null) throw new Error('HTML page: a node without a source position')
  return node.endIndex + 1
}

/** A page written out once, with holes: `fill` is one concatenation per page. */
export interface Template<Name extends string> {
  fill(values: Record<Name, string>): string
}

/** Where a page's own part goes: in place of a node, or after an element's last child. */
export type Hole = { replace: ChildNode } | { append: Element }

/**
 * Writes the tree out with each named node replaced by a hole (or, for `append:`, a hole at the
 * end of the node's children); a hole left out fills with nothing. The tree is changed: compile
 * a copy, or a tree used once.
 */
export function compileTemplate<Name extends string>(
  document: Document,
  holes: Partial<Record<Name, Hole>>,
): Template<Name> {
  const names = (Object.keys(holes) as Name[]).filter((name) => holes[name] !== undefined)
  const marker = (index: number) => `<!--\u0000hole-${index}\u0000-->`
  names.forEach((name, index) => {
    const hole = holes[name] as Hole
    const node = new Comment(`\u0000hole-${index}\u0000`)
    if ('replace' in hole) replaceElement(hole.replace, node)
    else appendChild(hole.append, node)
  })
  const html = renderHtml(document.children)
  // Holes come out in document order, which need not be the order they were named in.
  const found = names
    .map((name, index) => {
      const at = html.indexOf(marker(index))
      if (at < 0) throw new Error(`HTML template: the hole ${name} is not in the page`)
      return { name, at, length: marker(index).length }
    })
    .sort((a, b) => a.at - b.at)
  const parts: string[] = []
  let from = 0
  for (const hole of found) {
    parts.push(html.slice(from, hole.at))
    from = hole.at + hole.length
  }
  parts.push(html.slice(from))
  const order = found.map((hole) => hole.name)
  return {
    fill(values) {
      let html = parts[0] ?? ''
      for (let i = 0; i < order.length; i++) html += values[order[i] as Name] + (parts[i + 1] ?? '')
      return html
    },
  }
}
