/**
 * Broadsheet as a Hexo user gets it: `npm pack`, installed into an empty folder with no network
 * (from the npm cache), `npx broadsheet build` on the sample content and `npx broadsheet serve`,
 * then an article read in Chromium. The install holds no Vite: the app comes prebuilt.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { installOffline } from '../test-support/offline-install'
import { extraPort } from './support/static-server'

const repo = resolve('.')
let dir = ''
let server: ChildProcess | undefined

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-package-'))
})
test.afterAll(() => {
  server?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

const run = (command: string, args: string[], cwd = dir) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 240_000 })

test('the packed package installs offline, builds the sample content without Vite, serves it and reads an article', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const packed = run('npm', ['pack', '--pack-destination', dir], repo)
  expect(packed.status, packed.stderr).toBe(0)
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'))!
  const installed = installOffline(repo, dir, join(dir, tarball))
  expect(installed.status, installed.stderr).toBe(0)
  expect(existsSync(join(dir, 'node_modules/.bin/broadsheet'))).toBe(true)
  // Building a site needs none of the dev dependencies: no Vite, no React to build with.
  for (const dev of ['vite', '@vitejs/plugin-react', 'react', 'vitest'])
    expect(existsSync(join(dir, 'node_modules', dev)), dev).toBe(false)

  const version = run('npx', ['broadsheet', '--version'])
  expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  const built = run('npx', ['broadsheet', 'build', join(repo, 'content'), '--out', 'site'])
  expect(built.status, built.stderr).toBe(0)
  expect(built.stdout).toMatch(/Built \d+ articles/)
  expect(existsSync(join(dir, 'site/index.html'))).toBe(true)

  const port = extraPort(40)
  // The installed command itself, not through npx: Ctrl-C (SIGINT) reaches it.
  const bin = join(dir, 'node_modules/.bin/broadsheet')
  server = spawn(process.execPath, [bin, 'serve', 'site', '--port', String(port)], { cwd: dir })
  const said: string[] = []
  for (const stream of [server.stdout, server.stderr])
    stream?.on('data', (chunk: Buffer) => said.push(String(chunk)))
  await expect.poll(() => said.join(''), { timeout: 30_000 }).toContain('Serving site at')

  await page.goto(`http://localhost:${port}/`)
  const main = page.getByRole('main')
  const first = main.locator('.entry-title a').first()
  const title = (await first.innerText()).trim()
  await first.click()
  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(main.locator('.article-body')).not.toBeEmpty()
  // An app route straight from the address bar: the host's 404.html boots the app.
  await page.goto(`http://localhost:${port}/archive`)
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible()

  server.kill('SIGINT')
  await expect.poll(() => server?.exitCode, { timeout: 10_000 }).toBe(0)
})
