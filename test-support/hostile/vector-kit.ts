/**
 * Types and shared patterns of the hostile corpus (vectors*.ts). Each vector runs through both
 * adapters, the builder and Chromium: `forbidden` must not match the output; `expect` substrings
 * must survive (written as both serializers print them).
 */
export interface Vector {
  name: string
  /** The threat category the vector belongs to (see CATEGORIES). */
  category: Category
  html: string
  forbidden: RegExp[]
  expect?: string[]
  /** Too big for jsdom (its recursive clone overflows at 10,000 levels; 5 MB takes a minute):
   * the render-time pass runs these in Chromium instead (e2e/security.spec.ts). */
  heavy?: boolean
}

/** Every category the hostile corpus must cover (issue 6); a test checks each has vectors. */
export const CATEGORIES = [
  'script',
  'handler',
  'url',
  'mxss',
  'style',
  'document',
  'iframe',
  'clobbering',
  'tracking',
  'size',
  'malformed',
] as const
export type Category = (typeof CATEGORIES)[number]

export const ALERT = /alert/i
export const HANDLER = /\son[a-z]+\s*=/i
export const JS = /javascript:/i
export const NO_REFERRER = 'referrerpolicy="no-referrer"'
export const SANDBOX = 'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"'
