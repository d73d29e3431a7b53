import { defineConfig, devices } from '@playwright/test'
// @ts-expect-error: a plain .mjs module shared with the npm script, no types.
import { CHROMIUM_ARGS, findBrowser } from './test-support/find-browser.mjs'

const executablePath = (findBrowser() as string | null | undefined) ?? undefined
// Several runs can share a machine: each may pick its own port and output folder.
export const PORT = Number(process.env.E2E_PORT ?? 4173)
const DIST = process.env.E2E_DIST ?? 'dist'

// Specs run against the production build of the sample content, served by `vite preview`.
export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: {
    command: `npm run build -- --quiet --out ${DIST} && npx vite preview --port ${PORT} --strictPort --outDir ${DIST} --bypass-lock`,
    url: `http://localhost:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
  },
})
