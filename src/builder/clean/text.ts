/** Paragraph tidying and plain-text extraction. */
import { isTag, isText, type ChildNode, type Element, type ParentNode } from 'domhandler'
import { setChildren } from './tree'

// Chinese news indents paragraphs with U+3000; the reader's CSS does its own spacing.
const LEADING_SPACE = /^[\s\u200b]+/
const MEDIA = new Set(['img', 'video', 'audio', 'iframe'])
const BLOCKS = new Set(
  'p div section article header footer aside blockquote pre ul ol li dl dt dd h1 h2 h3 h4 h5 h6 figure figcaption table caption tr hr details summary'.split(
    ' ',
  ),
)
/** Blocks whose first words may be indented. */
export const INDENTED = new Set(
  'p li dd dt h1 h2 h3 h4 h5 h6 figcaption blockquote td th'.split(' '),
)

/** Removes whitespace at the start of a block, across leading inline wrappers. */
export function stripLeadingSpace(block: Element): void {
  const stack = block.children.slice().reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isText(node)) {
      node.data = node.data.replace(LEADING_SPACE, '')
      if (node.data !== '') return
    } else if (isTag(node)) {
      if (node.children.length === 0 || MEDIA.has(node.name)) return
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
    }
  }
}

/** No visible text and no media: `<p>` holding only U+3000 indentation, `<p><br></p>`. */
export function isEmptyBlock(block: Element): boolean {
  const stack: ChildNode[] = block.children.slice()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isText(node) && node.data.replace(LEADING_SPACE, '') !== '') return false
    if (isTag(node)) {
      if (MEDIA.has(node.name)) return false
      for (const child of node.children) stack.push(child)
    }
  }
  return true
}

/** Merges adjacent text nodes and collapses runs of ASCII whitespace that contain a newline,
 * outside `pre`: the markup's indentation and the blank lines left by removed comments.
 * Rendering is unchanged. */
export function collapseLayoutWhitespace(root: ParentNode): void {
  const parents: ParentNode[] = [root]
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    const merged: ChildNode[] = []
    for (const node of parent.children) {
      const last = merged[merged.length - 1]
      if (isText(node) && last && isText(last)) last.data += node.data
      else merged.push(node)
      if (isTag(node) && node.name !== 'pre') parents.push(node)
    }
    for (const node of merged) {
      if (isText(node)) node.data = node.data.replace(/[ \t\r\f]*\n[ \t\r\n\f]*/g, '\n')
    }
    if (merged.length !== parent.children.length) setChildren(parent, merged)
  }
}

/** The body as plain text, one line per paragraph, spaces collapsed. */
export function plainText(root: ParentNode): string {
  const parts: string[] = []
  const stack: (ChildNode | '\n')[] = root.children.slice().reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === '\n') parts.push('\n')
    else if (isText(node)) parts.push(node.data)
    else if (isTag(node)) {
      if (node.name === 'br') parts.push('\n')
      const block = BLOCKS.has(node.name)
      if (block) {
        parts.push('\n')
        stack.push('\n')
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
    }
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u200b]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}
