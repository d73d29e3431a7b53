import { parseDocument } from 'htmlparser2'
import type { ChildNode } from 'domhandler'
import { isTag } from 'domhandler'
import { sanitizeTree, serializeNodes } from '../../sanitize/build-sanitizer'
import { SANITIZE_POLICY } from '../../sanitize/policy'

/** Absolute, or undefined when it cannot be read as a URL at all. */
function resolveUrl(value: string, pageUrl: string): string | undefined {
  try {
    return new URL(value, pageUrl).href
  } catch {
    return undefined
  }
}

/**
 * An article's sanitized HTML for a feed: every URL attribute made absolute against the
 * article's page (a feed reader shows it on no page of ours, where `/images/a.jpg` would lead
 * nowhere), then sanitized again with the same policy, so that a URL which only turned
 * dangerous when resolved is dropped as it would be in the app.
 */
export function absoluteHtml(html: string, pageUrl: string): string {
  const doc = parseDocument(html)
  const pending: ChildNode[] = [...doc.children]
  // Iterative: the depth rule bounds nesting, but a stack costs nothing either way.
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (!isTag(node)) continue
    for (const name of SANITIZE_POLICY.urlAttributes) {
      const value = node.attribs[name]
      if (value === undefined) continue
      const url = resolveUrl(value, pageUrl)
      if (url === undefined) delete node.attribs[name]
      else node.attribs[name] = url
    }
    pending.push(...node.children)
  }
  sanitizeTree(doc.children)
  return serializeNodes(doc.children)
}
