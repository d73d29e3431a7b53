/**
 * Iterative helpers over a domhandler tree. Scraped bodies can nest arbitrarily deep,
 * so nothing here recurses.
 */
import { Text, isTag, isText, type ChildNode, type Element, type ParentNode } from 'domhandler'
import { isTooDeep, tagAction } from '../../sanitize/rules'

/** What a visitor decides for an element. An array replaces the element; its nodes are visited in turn. */
export type VisitResult = 'keep' | 'skip' | 'remove' | 'unwrap' | ChildNode[]

export interface VisitContext {
  /** Inside `pre` or `code`: markup there was meant as text. */
  inCode: boolean
}

/**
 * Rewrites the tree in one pre-order pass. `skip` keeps the element without visiting its
 * children. Comments, directives and CDATA are removed on the way.
 */
export function transform(
  root: ParentNode,
  visit: (el: Element, ctx: VisitContext) => VisitResult,
): void {
  const frames: { parent: ParentNode; ctx: VisitContext }[] = [
    { parent: root, ctx: { inCode: false } },
  ]
  for (let frame = frames.pop(); frame; frame = frames.pop()) {
    const { parent, ctx } = frame
    const kept: ChildNode[] = []
    const pending = parent.children.slice().reverse()
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (isText(node)) kept.push(node)
      if (!isTag(node)) continue
      const result = visit(node, ctx)
      if (result === 'remove') continue
      if (result === 'unwrap' || Array.isArray(result)) {
        const replacement = Array.isArray(result) ? result : node.children
        for (let i = replacement.length - 1; i >= 0; i--) pending.push(replacement[i]!)
        continue
      }
      kept.push(node)
      const inCode = ctx.inCode || node.name === 'pre' || node.name === 'code'
      if (result === 'keep')
        frames.push({ parent: node, ctx: inCode === ctx.inCode ? ctx : { inCode } })
    }
    setChildren(parent, kept)
  }
}

export function setChildren(parent: ParentNode, children: ChildNode[]): void {
  parent.children = children
  children.forEach((node, i) => {
    node.parent = parent
    node.prev = children[i - 1] ?? null
    node.next = children[i + 1] ?? null
  })
}

/** Elements in document order, the root excluded. */
export function* elements(root: ParentNode): Generator<Element> {
  const stack = root.children.slice().reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node)) continue
    yield node
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
}

/** Concatenated text, giving up once it is longer than `limit` (cheap checks on long blocks). */
export function textOf(root: ParentNode, limit = Infinity): string {
  let text = ''
  const stack = root.children.slice().reverse()
  for (let node = stack.pop(); node && text.length <= limit; node = stack.pop()) {
    if (isText(node)) text += node.data
    else if (isTag(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return text
}

export function hasClass(el: Element, names: ReadonlySet<string>): boolean {
  const value = el.attribs.class
  return value !== undefined && value.split(/\s+/).some((name) => names.has(name))
}

export function removeNode(node: ChildNode): void {
  removeNodes(new Set([node]))
}

/** Removes many nodes with one filter per parent, so long bodies stay linear. */
export function removeNodes(nodes: ReadonlySet<ChildNode>): void {
  const parents = new Set<ParentNode>()
  for (const node of nodes) if (node.parent) parents.add(node.parent)
  for (const parent of parents)
    setChildren(
      parent,
      parent.children.filter((child) => !nodes.has(child)),
    )
  for (const node of nodes) node.parent = null
}

/**
 * Applies the sanitizer's depth rule (isTooDeep) before the cleaning passes walk the tree: an
 * element nested deeper than `maxDepth` is unwrapped, keeping its text and void elements, and one
 * the policy drops with its content (a script, a style) goes with its content, as the sanitizer
 * would drop it. True when anything changed.
 */
export function flattenDeep(root: ParentNode, maxDepth: number): boolean {
  let flattened = false
  // Each entry holds a parent and the depth of its children; top-level elements are at 1.
  const stack: [ParentNode, number][] = [[root, 1]]
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [parent, depth] = entry
    if (depth <= maxDepth) {
      for (const child of parent.children) if (isTag(child)) stack.push([child, depth + 1])
      continue
    }
    const kept: ChildNode[] = []
    const pending = parent.children.slice().reverse()
    for (let node = pending.pop(); node; node = pending.pop()) {
      if (isText(node)) kept.push(node)
      else if (isTag(node) && !isTooDeep(node.name, depth, maxDepth)) kept.push(node)
      else if (isTag(node)) {
        flattened = true
        if (tagAction(node.name) === 'drop') continue
        for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!)
      }
    }
    setChildren(parent, kept)
  }
  return flattened
}

export function textNode(data: string): Text {
  return new Text(data)
}
