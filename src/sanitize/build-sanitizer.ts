/**
 * Build-time adapter of SANITIZE_POLICY over an htmlparser2/domhandler tree.
 *
 * Safety rests on the output, not on the parser agreeing with browsers: only allowlisted
 * elements and attributes survive, nothing is left in a raw-text or foreign (svg/math)
 * context, and the serializer escapes `<`, `>` and `&` in text and `"` and `&` in
 * attributes. So however a browser reparses the output, it finds no new tags or attributes.
 */
import { parseDocument } from 'htmlparser2'
import render from 'dom-serializer'
import { isTag, isText, type ChildNode, type ParentNode } from 'domhandler'
import { SANITIZE_POLICY } from './policy'
import { isAllowedChild, isTooDeep, sanitizeAttributes, tagAction } from './rules'

export interface SanitizeTreeOptions {
  /** Elements nested deeper are unwrapped. @default SANITIZE_POLICY.maxDepth */
  maxDepth?: number
}

interface Frame {
  list: ChildNode[]
  parent: ParentNode | null
  /** Tag of the parent element, '' at the root. */
  tag: string
  /** Depth of the nodes in `list`; top-level nodes are at depth 1. */
  depth: number
}

const VOID = new Set(SANITIZE_POLICY.voidTags)

/** Sanitizes the nodes in place. Iterative, so hostile nesting cannot overflow the stack. */
export function sanitizeTree(nodes: ChildNode[], options: SanitizeTreeOptions = {}): void {
  const maxDepth = options.maxDepth ?? SANITIZE_POLICY.maxDepth
  const rootParent = nodes[0]?.parent ?? null
  const rootTag = rootParent && isTag(rootParent) ? rootParent.name : ''
  const frames: Frame[] = [{ list: nodes, parent: rootParent, tag: rootTag, depth: 1 }]
  for (let frame = frames.pop(); frame; frame = frames.pop()) {
    const kept: ChildNode[] = []
    // A stack of the nodes still to visit at this level; unwrapped elements push their children.
    const pending = frame.list.slice().reverse()
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (isText(node)) {
        if (isAllowedChild(frame.tag, undefined)) kept.push(node)
        continue
      }
      // Comments, directives and CDATA never reach the output.
      if (!isTag(node) || !isAllowedChild(frame.tag, node.name)) continue
      const action = tagAction(node.name)
      if (action === 'drop') continue
      if (action === 'unwrap' || isTooDeep(node.name, frame.depth, maxDepth)) {
        for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!)
        continue
      }
      const attribs = sanitizeAttributes(node.name, node.attribs)
      if (!attribs) continue
      node.attribs = attribs
      if (VOID.has(node.name)) node.children = []
      else
        frames.push({ list: node.children, parent: node, tag: node.name, depth: frame.depth + 1 })
      kept.push(node)
    }
    relink(frame.list, kept, frame.parent)
  }
}

/** Replaces the contents of `list` with `kept`, fixing the sibling and parent links. */
function relink(list: ChildNode[], kept: ChildNode[], parent: ParentNode | null): void {
  list.length = 0
  kept.forEach((node, i) => {
    node.parent = parent
    node.prev = kept[i - 1] ?? null
    node.next = kept[i + 1] ?? null
    list.push(node)
  })
}

/** Serializes a sanitized tree as browsers do: minimal escaping, UTF-8 kept, `alt=""`, no `/>`. */
export function serializeNodes(nodes: ChildNode[]): string {
  return render(nodes, {
    encodeEntities: 'utf8',
    decodeEntities: true,
    selfClosingTags: false,
    emptyAttrs: true,
  })
}

export function sanitizeHtml(html: string, options?: SanitizeTreeOptions): string {
  const doc = parseDocument(html)
  sanitizeTree(doc.children, options)
  return serializeNodes(doc.children)
}
