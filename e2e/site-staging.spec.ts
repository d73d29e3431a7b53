/**
 * A site build works in a staging folder beside the site and swaps it in at the end: a build
 * killed half-way (SIGKILL) or one that fails (an output it cannot write) leaves the previous
 * site as it was, still served; the next build clears what a killed one left behind.
 */
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import type { StaticServer } from './support/static-server'
import { buildSite, extraPort, generateCorpus, serveStatic } from './support/static-server'

const ROOT = '/tmp/e2e-site-staging'
const OUT = join(ROOT, 'site')
// As root, a read-only folder stops nobody: the failing build then runs as `nobody`.
const AS_ROOT = process.getuid?.() === 0
const NOBODY = 65534

test.describe.configure({ mode: 'serial' })
let server: StaticServer | undefined

test.beforeAll(async () => {
  test.setTimeout(180_000)
  rmSync(ROOT, { recursive: true, force: true })
  mkdirSync(ROOT, { recursive: true })
  generateCorpus(join(ROOT, 'posts'), 1500)
  await buildSite(OUT, ['--posts', join(ROOT, 'posts')])
  server = await serveStatic(OUT, extraPort(42))
})
test.afterAll(async () => {
  await server?.close()
  chmodSync(ROOT, 0o755)
  rmSync(ROOT, { recursive: true, force: true })
})

/** What the served site is: its entry's build and the files of its app. */
const snapshot = () => ({
  entry: readFileSync(join(OUT, 'data/entry.json'), 'utf8'),
  index: readFileSync(join(OUT, 'index.html'), 'utf8'),
  app: readdirSync(join(OUT, '_app')).sort(),
})

async function expectServed(page: Page) {
  await page.goto(server!.url)
  const first = page.getByRole('main').locator('.entry-title a').first()
  const title = (await first.innerText()).trim()
  await first.click()
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: title })).toBeVisible()
}

function site(args: string[], options: { asNobody?: boolean } = {}): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'src/builder/cli.ts', 'build', ...args, '--out', OUT, '--quiet'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.asNobody && AS_ROOT
        ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: ROOT } }
        : {}),
    },
  )
}

const staging = () => readdirSync(ROOT).filter((name) => name.startsWith('site.staging-'))

test('a site build killed half-way leaves the previous site whole and served; the next one clears its staging', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const before = snapshot()
  const child = site([join(ROOT, 'posts'), '--timezone', 'Asia/Tokyo'])
  // Killed once its staging folder has the app and part of the bundle.
  await expect
    .poll(
      () => {
        const [dir] = staging()
        return dir
          ? existsSync(join(ROOT, dir, 'index.html')) && existsSync(join(ROOT, dir, 'data'))
          : false
      },
      { timeout: 60_000, intervals: [50] },
    )
    .toBe(true)
  child.kill('SIGKILL')
  await new Promise((resolve) => child.once('exit', resolve))
  expect(staging()).toHaveLength(1)
  expect(snapshot()).toEqual(before)
  await expectServed(page)

  const next = site([join(ROOT, 'posts'), '--timezone', 'Asia/Tokyo'])
  const code = await new Promise((resolve) => next.once('exit', resolve))
  expect(code).toBe(0)
  expect(staging()).toEqual([])
  expect(snapshot().entry).not.toBe(before.entry)
  await expectServed(page)
})

test('a site build that cannot write its output fails, naming why, and the site stays as it was', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const before = snapshot()
  // The folder that holds the site (and would hold the staging folder) is read-only.
  if (AS_ROOT) execFileSync('chown', ['-R', `${NOBODY}:${NOBODY}`, ROOT])
  chmodSync(ROOT, 0o555)
  try {
    const child = site([join(ROOT, 'posts')], { asNobody: true })
    let stderr = ''
    child.stderr?.on('data', (d: Buffer) => (stderr += d))
    const code = await new Promise((resolve) => child.once('exit', resolve))
    expect(code).not.toBe(0)
    expect(stderr).toMatch(/broadsheet: .*(permission denied|EACCES)/i)
  } finally {
    chmodSync(ROOT, 0o755)
  }
  expect(snapshot()).toEqual(before)
  expect(staging()).toEqual([])
  await expectServed(page)
})
