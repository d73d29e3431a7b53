/**
 * The Trusted Types policy for script URLs. Under `require-trusted-types-for 'script'`,
 * `navigator.serviceWorker.register` (and so workbox-window's `new Workbox(url)`) refuses a
 * plain string: pass it `trustedScriptUrl(url)` instead. The CSP allows this policy's name.
 */

/** The browser's TrustedScriptURL, kept opaque so this module needs no global Trusted Types typings. */
export interface TrustedScriptUrl {
  toString(): string
}

interface ScriptUrlPolicy {
  createScriptURL(input: string): TrustedScriptUrl
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (input: string) => string }): ScriptUrlPolicy
}

export const SCRIPT_URL_POLICY_NAME = 'broadsheet-sw'

/** Same-origin URLs only, which is all a service worker may be anyway; anything else throws. */
export function checkScriptUrl(input: string, origin: string): string {
  const url = new URL(input, origin)
  if (url.origin !== origin) throw new TypeError(`refusing a script URL from ${url.origin}`)
  return url.href
}

let policy: ScriptUrlPolicy | undefined

/** A TrustedScriptURL where the browser has Trusted Types, otherwise the checked string. */
export function trustedScriptUrl(input: string): string | TrustedScriptUrl {
  const origin = globalThis.location?.origin ?? 'null'
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes
  if (!factory) return checkScriptUrl(input, origin)
  policy ??= factory.createPolicy(SCRIPT_URL_POLICY_NAME, {
    createScriptURL: (value) => checkScriptUrl(value, origin),
  })
  return policy.createScriptURL(input)
}
