// Finds a Chromium for Playwright: its own download where installed, else a system one.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

/** @returns {string | undefined} undefined means Playwright's bundled browser */
export function findBrowser() {
  if (process.env.BROADSHEET_CHROMIUM) return process.env.BROADSHEET_CHROMIUM
  try {
    if (existsSync(chromium.executablePath())) return undefined
  } catch {
    // No bundled browser registered: fall through to the system one.
  }
  return SYSTEM_CHROMIUM.find((path) => existsSync(path)) ?? null
}

// The closed network here refuses Chromium's background connections; these flags stop them.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
