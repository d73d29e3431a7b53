import type { Plugin } from 'vite'
import { findElements, HtmlEditor, matching } from '../html/html-tree.ts'
import { element } from '../html/markup.ts'
import { CSP_DIRECTIVES, formatCsp } from './csp.ts'

/*
 * Writes the policy into index.html as a meta tag at build time. The dev server gets none: React
 * Refresh injects an inline script, and the policy is tested against the production build
 * (e2e/security.spec.ts).
 */

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
