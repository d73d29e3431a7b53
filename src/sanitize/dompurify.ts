/**
 * Render-time adapter of SANITIZE_POLICY over DOMPurify. The article HTML was sanitized at
 * build time already; this second pass protects against a tampered or stale bundle.
 */
import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify'
import { ALLOWED_SCHEMES, SANITIZE_POLICY as P } from './policy'
import { isAllowedChild, sanitizeAttributes } from './rules'

// DOMPurify's own first gate, built from the same schemes: `scheme:`, or no scheme at all.
// The afterSanitizeAttributes hook applies the policy's exact URL rules on top.
const ALLOWED_URI_REGEXP = new RegExp(
  `^(?:(?:${ALLOWED_SCHEMES.join('|')}):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))`,
  'i',
)

const ALL_ATTRIBUTES = [
  ...new Set([...P.globalAttributes, ...Object.values(P.tagAttributes).flat()]),
]

const CONFIG: Config = {
  ALLOWED_TAGS: [...P.allowedTags],
  ALLOWED_ATTR: ALL_ATTRIBUTES,
  ALLOWED_URI_REGEXP,
  ADD_FORBID_CONTENTS: [...P.dropWithContent],
  FORBID_TAGS: [...P.dropWithContent],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  SANITIZE_DOM: true,
}

/** Per-tag attributes, forced attributes and the iframe host allowlist:
 * the same `sanitizeAttributes` the build-time adapter uses. */
function enforcePolicy(node: Element): void {
  const tag = node.nodeName.toLowerCase()
  const attribs: Record<string, string> = {}
  for (const attr of Array.from(node.attributes)) attribs[attr.name] = attr.value
  const result = sanitizeAttributes(tag, attribs)
  if (!result) {
    node.remove()
    return
  }
  for (const attr of Array.from(node.attributes)) node.removeAttribute(attr.name)
  for (const [name, value] of Object.entries(result)) node.setAttribute(name, value)
}

/** Drops fallback content of players before DOMPurify looks at it: an iframe's raw text that
 * looks like markup would otherwise make DOMPurify remove the whole (allowed) player. */
function pruneChildren(node: Node): void {
  const tag = node.nodeName.toLowerCase()
  if (node.nodeType !== 1 || !(tag in P.childAllowlist)) return
  for (const child of Array.from(node.childNodes)) {
    const childTag = child.nodeType === 1 ? child.nodeName.toLowerCase() : undefined
    if (!isAllowedChild(tag, childTag)) node.removeChild(child)
  }
}

// Our own instance, so the hooks never leak into other DOMPurify users; created on first use
// and only once, so the hooks are installed exactly once.
let purifier: Purifier | undefined

function getPurifier(): Purifier | undefined {
  if (purifier) return purifier
  if (typeof window === 'undefined') return undefined
  const instance = DOMPurify(window)
  if (!instance.isSupported) return undefined
  instance.addHook('uponSanitizeElement', pruneChildren)
  instance.addHook('afterSanitizeAttributes', enforcePolicy)
  purifier = instance
  return purifier
}

/** Sanitized HTML for `<ArticleBody>`. Without a DOM it returns '' (fail closed): DOMPurify
 * would hand the input back untouched. */
export function sanitizeForRender(html: string): string {
  const instance = getPurifier()
  // Cutting mid-tag is safe: the cut-off markup is parsed and sanitized like any other.
  const input = html.length > P.maxRenderChars ? html.slice(0, P.maxRenderChars) : html
  return instance ? instance.sanitize(input, CONFIG) : ''
}

/** The browser's TrustedHTML, kept opaque so this module needs no global Trusted Types typings. */
export interface TrustedHtml {
  toString(): string
}

interface ArticlePolicy {
  createHTML(input: string): TrustedHtml
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): ArticlePolicy
}

let articlePolicy: ArticlePolicy | undefined

/**
 * The one Trusted Types policy, 'broadsheet-article', whose createHTML is sanitizeForRender.
 * Undefined where the browser has no Trusted Types. A CSP enforcing them must allow this name
 * (and 'dompurify', which DOMPurify creates for itself).
 */
export function createArticlePolicy(): ArticlePolicy | undefined {
  if (articlePolicy) return articlePolicy
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes
  if (!factory) return undefined
  articlePolicy = factory.createPolicy('broadsheet-article', { createHTML: sanitizeForRender })
  return articlePolicy
}

// On a share page the article first paint (src/first-paint) and then the app sanitize the same
// body: the app takes the result of the same input, which is the same output, without the cost.
let last: { html: string; safe: string | TrustedHtml } | undefined

/** TrustedHTML where the browser supports it, otherwise the sanitized string. */
export function sanitizeToTrusted(html: string): string | TrustedHtml {
  if (last?.html === html) return last.safe
  const policy = createArticlePolicy()
  const safe = policy ? policy.createHTML(html) : sanitizeForRender(html)
  last = { html, safe }
  return safe
}
