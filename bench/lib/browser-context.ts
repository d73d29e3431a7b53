/** Launching Chromium for the benchmark, and the contexts every measurement starts from. */
import type { Browser, BrowserContext } from '@playwright/test'
import { chromium, devices } from '@playwright/test'
// @ts-expect-error: a plain .mjs module shared with the e2e config, no types.
import { CHROMIUM_ARGS, findBrowser } from '../../test-support/find-browser.mjs'

// In #root: the app's own list, not index.html's build-time snapshot of it.
export const ENTRY = '#root .entries .entry-title a'

/** `args`: more Chromium flags, such as the image host's (./image-host.ts). */
export function launch(args: string[] = []): Promise<Browser> {
  const executablePath = (findBrowser() as string | null | undefined) ?? undefined
  return chromium.launch({ executablePath, args: [...(CHROMIUM_ARGS as string[]), ...args] })
}

export async function newContext(browser: Browser, mobile = false): Promise<BrowserContext> {
  const device = mobile ? devices['Pixel 5'] : devices['Desktop Chrome']
  const context = await browser.newContext({
    ...device,
    viewport: mobile ? device.viewport : { width: 1280, height: 900 },
    serviceWorkers: 'block',
  })
  // tsx keeps function names with a `__name` helper, which the functions we pass to
  // page.evaluate then call inside the page: give the page one that does nothing.
  await context.addInitScript('window.__name = (f) => f')
  return context
}
