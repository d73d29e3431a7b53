/**
 * Pure decisions derived from SANITIZE_POLICY, shared by both adapters so that a tag or an
 * attribute means the same thing at build time and at render time.
 */
import { HEADING_ID_PATTERN, SANITIZE_POLICY as P } from './policy'

export type TagAction = 'keep' | 'unwrap' | 'drop'

const KEEP = new Set(P.allowedTags)
const DROP = new Set(P.dropWithContent)
const GLOBAL_ATTRS = new Set(P.globalAttributes)
const URL_ATTRS = new Set(P.urlAttributes)
const SCHEMES = new Set(P.allowedSchemes)
const HOSTS = new Set(P.iframeHosts)
const BOOLEAN_ATTRS = new Set(['controls', 'reversed', 'allowfullscreen', 'open'])

const VOID = new Set(P.voidTags)

/**
 * The depth rule: an element nested deeper than `maxDepth` (top-level elements are at depth 1) is
 * unwrapped, its content kept, unless it is void and so holds none. Both build-time passes use it:
 * the cleaner's flattening and the sanitizer.
 */
export function isTooDeep(tag: string, depth: number, maxDepth: number = P.maxDepth): boolean {
  return depth > maxDepth && !VOID.has(tag.toLowerCase())
}

/** What happens to an element: kept, replaced by its children, or removed with its content. */
export function tagAction(name: string): TagAction {
  const tag = name.toLowerCase()
  if (KEEP.has(tag)) return 'keep'
  return DROP.has(tag) ? 'drop' : 'unwrap'
}

export function isAllowedAttribute(tag: string, name: string): boolean {
  return GLOBAL_ATTRS.has(name) || (P.tagAttributes[tag]?.includes(name) ?? false)
}

// Browsers ignore these around and inside a scheme, so `jav&#x09;ascript:` and
// `java\u200bscript:` must be judged without them.
/* eslint-disable no-control-regex -- browsers strip exactly these control characters */
const INVISIBLE =
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g

/** The URL as a browser would read it, or undefined when its scheme is not allowed. */
export function cleanUrl(value: string): string | undefined {
  const trimmed = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  /* eslint-enable no-control-regex */
  if (trimmed === '') return undefined
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed.replace(INVISIBLE, ''))
  if (scheme && !SCHEMES.has(scheme[1]!.toLowerCase())) return undefined
  return trimmed
}

/** The https URL of an allowlisted video player, or undefined. */
export function allowedIframeSrc(value: string): string | undefined {
  const cleaned = cleanUrl(value)
  if (!cleaned) return undefined
  let url: URL
  try {
    url = new URL(cleaned.startsWith('//') ? `https:${cleaned}` : cleaned)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  if (!HOSTS.has(url.hostname) || url.username || url.password || url.port) return undefined
  // Every allowed player serves https; an http embed would be blocked as mixed content anyway.
  url.protocol = 'https:'
  return url.href
}

const ATTR_PATTERNS: Readonly<Record<string, RegExp>> = {
  width: /^\d{1,5}%?$/,
  height: /^\d{1,5}%?$/,
  colspan: /^\d{1,4}$/,
  rowspan: /^\d{1,4}$/,
  span: /^\d{1,4}$/,
  start: /^-?\d{1,9}$/,
  dir: /^(ltr|rtl|auto)$/i,
  scope: /^(row|col|rowgroup|colgroup)$/i,
  lang: /^[a-z0-9-]{1,35}$/i,
  loading: /^(lazy|eager)$/i,
  preload: /^(none|metadata|auto)$/i,
}

// A value that would close a comment, CDATA or raw-text element if the HTML were ever re-parsed
// in another context (XML, a comment): DOMPurify's SAFE_FOR_XML rule, applied at build time too.
const VALUE_BREAKOUT =
  /((--!?|\])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i

function cleanValue(tag: string, name: string, raw: string): string | undefined {
  if (VALUE_BREAKOUT.test(raw)) return undefined
  if (name === 'class') {
    const allowed = P.allowedClasses[tag] ?? []
    const kept = raw.split(/\s+/).filter((token) => allowed.includes(token))
    return kept.length > 0 ? kept.join(' ') : undefined
  }
  // Only headings may hold an id (TAG_ATTRIBUTES), and only an anchor of the builder's shape.
  if (name === 'id') return HEADING_ID_PATTERN.test(raw.trim()) ? raw.trim() : undefined
  if (BOOLEAN_ATTRS.has(name)) return ''
  if (URL_ATTRS.has(name)) return cleanUrl(raw)
  // Old embeds say frameborder="no"; the only value worth keeping is "no border".
  if (name === 'frameborder') return '0'
  if (name === 'type') {
    const ok = tag === 'ol' ? /^[1aAiI]$/ : /^[a-z]+\/[\w.+-]+$/i
    return ok.test(raw.trim()) ? raw.trim() : undefined
  }
  const pattern = ATTR_PATTERNS[name]
  // DOMPurify trims every value; trimming here too keeps the two adapters identical.
  if (!pattern) return raw.trim()
  const value = raw.trim().replace(/px$/i, '')
  return pattern.test(value) ? value : undefined
}

/**
 * The attributes an allowed element ends up with, or undefined when the element
 * must go (an img without a usable src, an iframe from a host we do not embed).
 */
export function sanitizeAttributes(
  tag: string,
  attribs: Readonly<Record<string, string>>,
): Record<string, string> | undefined {
  const out: Record<string, string> = {}
  for (const [name, raw] of Object.entries(attribs)) {
    if (!isAllowedAttribute(tag, name)) continue
    const value = cleanValue(tag, name, raw)
    if (value !== undefined) out[name] = value
  }
  if (tag === 'iframe') {
    const src = out.src === undefined ? undefined : allowedIframeSrc(out.src)
    if (!src) return undefined
    out.src = src
  }
  if ((tag === 'img' || tag === 'source') && !out.src) return undefined
  Object.assign(out, P.forcedAttributes[tag])
  if (tag === 'a' && out.href && isExternalUrl(out.href))
    Object.assign(out, P.externalLinkAttributes)
  return out
}

export function isExternalUrl(href: string): boolean {
  return /^(https?:)?\/\//i.test(href)
}

/** Whether an element may keep this child; iframes keep none, players keep only their sources. */
export function isAllowedChild(parentTag: string, childTag: string | undefined): boolean {
  const allowed = P.childAllowlist[parentTag]
  return !allowed || (childTag !== undefined && allowed.includes(childTag))
}
