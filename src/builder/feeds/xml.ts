/**
 * XML documents (feeds, sitemaps) from plain objects, written by fast-xml-builder, which
 * escapes every text and attribute value: no markup of ours is concatenated by hand.
 * `@name` keys are attributes, `#text` a text node beside them, arrays repeat an element.
 */
import XMLBuilder from 'fast-xml-builder'

/** An element's content as the builder takes it. */
export type XmlNode = string | number | XmlElement | XmlElement[] | string[]
export interface XmlElement {
  [key: string]: XmlNode | undefined
}

// XML 1.0 cannot hold these at all, not even as character references: scraped posts carry
// stray control characters and lone surrogates, and one would make the whole feed unreadable.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu

/** Text with the characters XML cannot carry removed. */
export const xmlChars = (text: string): string => text.replace(NOT_XML, '')

const clean = (_name: string, value: unknown) =>
  typeof value === 'string' ? xmlChars(value) : value

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  // `true` would write a bare attribute, which is not XML.
  suppressBooleanAttributes: false,
  suppressEmptyNode: true,
  tagValueProcessor: clean,
  attributeValueProcessor: clean,
})

/** A whole document: the declaration, then `root` (one key: the root element). */
export function renderXml(root: XmlElement): string {
  return builder.build({ '?xml': { '@version': '1.0', '@encoding': 'utf-8' }, ...root }) as string
}

/** One element alone, without a declaration: for measuring what it adds to a document. */
export const renderXmlFragment = (element: XmlElement): string => builder.build(element) as string
