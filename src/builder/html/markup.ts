/**
 * Tags built as domhandler nodes and written out by dom-serializer, which escapes text and
 * attribute values: the builder writes no markup by string concatenation of its own.
 */
import type { ChildNode } from 'domhandler'
import { Element, Text } from 'domhandler'
import render from 'dom-serializer'

/** `true` writes a bare attribute (`async`, `crossorigin`); `undefined` or `false` leaves it out. */
export type Attributes = Record<string, string | boolean | undefined>

/** An element with its attributes in the order given, and children (strings become text). */
export function element(
  name: string,
  attributes: Attributes = {},
  children: (ChildNode | string)[] = [],
): Element {
  // Plain loops: share pages build a dozen of these each, 100,000 times.
  const attribs: Record<string, string> = {}
  for (const key in attributes) {
    const value = attributes[key]
    if (value === undefined || value === false) continue
    attribs[key] = value === true ? '' : value
  }
  const nodes = children.map((child) => (typeof child === 'string' ? new Text(child) : child))
  const node = new Element(name, attribs, nodes)
  for (const child of nodes) child.parent = node
  return node
}

/**
 * HTML for nodes: UTF-8 kept as it is, `&`, `<`, `>` escaped in text and `&`, `"` in attribute
 * values, nothing escaped inside script and style, void tags without `/`, and an empty attribute
 * written bare (`crossorigin`).
 */
export const renderHtml = (nodes: ChildNode | ChildNode[]): string =>
  render(nodes, { encodeEntities: 'utf8' })

/** An element's opening tag alone, such as `<html lang="en" data-snapshot="en">`. */
export function openTag(name: string, attribs: Record<string, string>): string {
  const html = renderHtml(new Element(name, attribs))
  const close = `</${name}>`
  return html.endsWith(close) ? html.slice(0, -close.length) : html
}

/**
 * An element around HTML that is already serialized and trusted (React's own output): it goes in
 * as it is, since parsing and writing it again would change its bytes.
 */
export function wrapHtml(name: string, attributes: Attributes, innerHtml: string): string {
  const tag = element(name, attributes)
  return `${openTag(name, tag.attribs)}${innerHtml}</${name}>`
}
