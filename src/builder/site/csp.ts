/**
 * The production Content-Security-Policy, as data, and a Vite plugin that writes it into
 * index.html as a meta tag at build time. The dev server gets none: React Refresh injects an
 * inline script, and the policy is tested against the production build (e2e/security.spec.ts).
 */
import type { Plugin } from 'vite'
import { IFRAME_HOSTS } from '../../sanitize/policy.ts'
import { findElements, HtmlEditor, matching } from '../html/html-tree.ts'
import { element } from '../html/markup.ts'

/** The Trusted Types policies the app creates; any other name is refused by the browser. */
export const TRUSTED_TYPES_POLICIES = [
  // <ArticleBody>'s one policy: its createHTML is the render-time sanitizer (src/sanitize/dompurify.ts).
  'broadsheet-article',
  // DOMPurify parses its input through a pass-through policy of its own, reachable only inside it.
  'dompurify',
  // Registering the service worker takes a TrustedScriptURL (src/app/pwa/trusted-script-url.ts).
  'broadsheet-sw',
] as const

/** Directive → sources. Kept as data so docs/security.md and the tests read the same thing. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // No inline script anywhere: the boot script that applies the theme is a file (public/boot.js).
  'script-src': ["'self'"],
  // Stylesheets are files; React sets style props through CSSOM, which CSP does not restrict.
  'style-src': ["'self'"],
  // Article images come from any https host; the sanitizer drops data: URLs, our CSS may use them.
  'img-src': ["'self'", 'https:', 'data:'],
  'media-src': ["'self'", 'https:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  // Only the video players the sanitizer keeps.
  'frame-src': IFRAME_HOSTS.map((host) => `https://${host}`),
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': [...TRUSTED_TYPES_POLICIES],
}

/** Only valid as an HTTP header (browsers ignore them in a meta tag): see docs/security.md. */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'frame-ancestors': ["'none'"],
}

export function formatCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/**
 * The same policy in fewer bytes, for the share pages (one per article, 3 KB each): directives
 * that say what they would fall back to anyway are left out. Without them CSP3 takes default-src
 * (worker-src through script-src, which is 'self' too), so the browser enforces the same rules.
 */
export function compactCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  const fallback = (directives['default-src'] ?? []).join(' ')
  const script = (directives['script-src'] ?? []).join(' ')
  const redundant = (name: string, sources: readonly string[]) =>
    FALLS_BACK_TO_DEFAULT.has(name) &&
    sources.join(' ') === fallback &&
    (name !== 'worker-src' || script === '' || script === fallback)
  return formatCsp(
    Object.fromEntries(Object.entries(directives).filter(([name, s]) => !redundant(name, s))),
  )
}

/** Fetch directives that fall back to default-src (worker-src by way of script-src). */
const FALLS_BACK_TO_DEFAULT = new Set([
  'script-src',
  'style-src',
  'img-src',
  'media-src',
  'font-src',
  'connect-src',
  'worker-src',
  'manifest-src',
  'frame-src',
  'object-src',
])

/** The headers a static host should send; docs/deploying.md quotes them, checked by documented-headers.test.ts. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': formatCsp({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  }
}

/** The meta tag that carries `policy` in a page (the share pages put a shorter policy in it). */
export const CSP_META = matching('meta', { 'http-equiv': 'Content-Security-Policy' })

/** The two meta tags, right after `<meta charset>` (which must stay in the first 1024 bytes) and
 * so before any script or stylesheet: a meta CSP governs only what comes after it. */
export function injectSecurityMeta(html: string): string {
  const page = new HtmlEditor(html)
  const tags = [
    element('meta', {
      'http-equiv': 'Content-Security-Policy',
      content: formatCsp(CSP_DIRECTIVES),
    }),
    element('meta', { name: 'referrer', content: 'no-referrer' }),
  ]
  const [charset] = findElements(page.document, matching('meta', { charset: true }))
  if (charset) page.insertAfter(charset, tags)
  else page.prepend(page.find(matching('head'), '<head>'), tags)
  return page.toString()
}

/** Build only: the dev server stays without a CSP. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'broadsheet-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: injectSecurityMeta },
  }
}
