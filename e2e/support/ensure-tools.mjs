// Makes `npm test` work on a fresh Debian machine: installs a system Chromium, CJK fonts and the
// nginx that e2e/nginx.spec.ts runs the documented recipe in, when they are missing.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findBrowser } from '../../test-support/find-browser.mjs'

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0
  } catch {
    return false
  }
}

const missing = []
if (findBrowser() === null) missing.push('chromium')
if (!hasCjkFont()) missing.push('fonts-noto-cjk')
if (!existsSync('/usr/sbin/nginx')) missing.push('nginx-light')

if (missing.length > 0) {
  const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0
  if (!canApt) {
    console.error(
      `The end-to-end tests need ${missing.join(' and ')}. Install Chromium (or run \`npx playwright install chromium\`)` +
        ' and a CJK font, then run the tests again (without nginx, e2e/nginx.spec.ts is skipped).',
    )
    process.exit(missing.includes('chromium') ? 1 : 0)
  }
  console.log(`Installing ${missing.join(' ')} with apt-get for the end-to-end tests (one time)…`)
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
