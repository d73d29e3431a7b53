import type { BrowserContext } from '@playwright/test'

/**
 * `context.setOffline`, kept true across navigations. With Debian's Chromium 150 and Playwright
 * 1.65, a document loaded after `setOffline(true)` reads `navigator.onLine === true` although its
 * requests fail as offline (the current document gets the `offline` event and `false`, as it
 * should). The app trusts `navigator.onLine === false` to say "offline" rather than "server
 * unreachable", so every document the test opens must see what the emulation means.
 */
export async function setOffline(context: BrowserContext, offline: boolean) {
  await context.setOffline(offline)
  const script = `Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => ${!offline} })`
  // Init scripts run in the order they were added, so the last state wins in new documents.
  await context.addInitScript({ content: script })
  for (const page of context.pages()) await page.evaluate(script).catch(() => {})
}
