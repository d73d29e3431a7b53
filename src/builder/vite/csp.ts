/**
 * The production Content-Security-Policy, as data: vite/csp-plugin.ts writes it into index.html,
 * share pages carry a shorter form, and docs/deploying.md's headers are tested against it.
 */
import { IFRAME_HOSTS } from '../../sanitize/policy.ts'
import { matching } from '../html/html-tree.ts'

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
