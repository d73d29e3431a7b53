import type { Plugin } from 'vite'
import { findElements, HtmlEditor } from '../html/html-tree.ts'

/**
 * Gives the app's module script and its module preloads a low fetch priority in index.html. No
 * page needs them for its first paint: the home page shows its build-time snapshot, a share page
 * draws its article with a small script of its own. At Chrome's default (high) the 105 KB of the
 * shell shares a slow link with the styles and the header image that the first paint and the
 * largest paint wait for; low, it comes after them.
 */
export function lowerScriptPriority(html: string): string {
  const page = new HtmlEditor(html)
  const scripts = findElements(
    page.document,
    (element) =>
      (element.name === 'script' &&
        element.attribs.type === 'module' &&
        !('async' in element.attribs)) ||
      (element.name === 'link' && element.attribs.rel === 'modulepreload'),
  )
  for (const script of scripts) page.setAttributes(script, { fetchpriority: 'low' })
  return page.toString()
}

export const scriptPriority = (): Plugin => ({
  name: 'broadsheet:script-priority',
  apply: 'build',
  transformIndexHtml: { order: 'post', handler: lowerScriptPriority },
})
