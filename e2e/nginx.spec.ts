/**
 * The nginx recipe of docs/deploying.md, run in a real nginx (Debian's nginx-light, which
 * `npm run test:e2e` installs when it can): the block is read from the doc itself, so the two
 * cannot drift. Every page and file gets the security headers and its cache lifetime, and the
 * app works through it under /news/.
 */
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { securityHeaders } from '../src/builder/vite/csp'
import { buildSite, extraPort } from './support/static-server'

const NGINX = '/usr/sbin/nginx'
const port = extraPort(41)
const origin = `http://127.0.0.1:${port}`
let dir = ''
let nginx: ChildProcess | undefined

/** The doc's nginx block, cut where it says which part goes in the server block. */
async function documentedBlock() {
  const doc = await readFile('docs/deploying.md', 'utf8')
  const block = /^### nginx\n+```nginx\n([\s\S]*?)^```/m.exec(doc)?.[1]
  if (!block) throw new Error('docs/deploying.md has no nginx block')
  const cut = block.indexOf('# In the server block')
  return { http: block.slice(0, cut), server: block.slice(cut) }
}

test.describe.configure({ mode: 'serial' })
test.skip(!existsSync(NGINX), `nginx is not installed (${NGINX}): apt-get install nginx-light`)

test.beforeAll(async () => {
  test.setTimeout(180_000)
  dir = await mkdtemp(join(tmpdir(), 'broadsheet-nginx-'))
  // nginx's workers run as another user, who must read the site.
  await chmod(dir, 0o755)
  await buildSite(join(dir, 'root/news'), ['--base', '/news/'])
  const { http, server } = await documentedBlock()
  const conf = `
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  ${http}
  server {
    listen 127.0.0.1:${port};
    root ${resolve(dir, 'root')};
    ${server}
  }
}`
  await writeFile(join(dir, 'nginx.conf'), conf)
  await mkdir(join(dir, 'body'), { recursive: true })
  nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' })
  await expect
    .poll(
      () =>
        fetch(`${origin}/news/`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 15_000 },
    )
    .toBe(200)
})

test.afterAll(async () => {
  nginx?.kill('SIGQUIT')
  await rm(dir, { recursive: true, force: true })
})

const IMMUTABLE = 'public, max-age=31536000, immutable'

test('every page and file carries the policy, and the cache lifetime its kind wants', async () => {
  const site = join(dir, 'root/news')
  const script = (await readdir(join(site, '_app'))).find((f) => /^index-.*\.js$/.test(f))
  const list = (await readdir(join(site, 'data/lists'))).find((f) => f.endsWith('.json.gz'))
  const share = (await readdir(join(site, 'article'))).find((f) => f.endsWith('.html'))
  const cases: [string, string, number, string, RegExp][] = [
    ['the shell', '/news/', 200, 'no-cache', /text\/html/],
    ['index.html itself', '/news/index.html', 200, 'no-cache', /text\/html/],
    ['an app route', '/news/category/Technology', 200, 'no-cache', /text\/html/],
    [
      'a share page',
      `/news/article/${share!.replace(/\.html$/, '')}`,
      200,
      'no-cache',
      /text\/html/,
    ],
    ['a hashed asset', `/news/_app/${script}`, 200, IMMUTABLE, /javascript/],
    ['a data file', `/news/data/lists/${list}`, 200, IMMUTABLE, /^application\/gzip$/],
    ['the entry', '/news/data/entry.json', 200, 'no-cache', /^application\/json/],
    ['the worker', '/news/sw.js', 200, 'no-cache', /javascript/],
  ]
  for (const [what, path, status, cache, type] of cases) {
    const res = await fetch(`${origin}${path}`)
    expect(res.status, what).toBe(status)
    expect(res.headers.get('cache-control'), what).toBe(cache)
    expect(res.headers.get('content-type'), what).toMatch(type)
    for (const [name, value] of Object.entries(securityHeaders()))
      expect(res.headers.get(name), `${what}: ${name}`).toBe(value)
  }
  expect(securityHeaders()['Content-Security-Policy']).toContain("frame-ancestors 'none'")
})

test('the app works through it: home, an article, an app route from the address bar', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()))
  await page.goto(`${origin}/news/`)
  const main = page.getByRole('main')
  const first = main.locator('.entry-title a').first()
  const title = (await first.innerText()).trim()
  await first.click()
  await expect(page).toHaveURL(/\/news\/article\//)
  await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(main.locator('.article-body')).not.toBeEmpty()
  await page.goto(`${origin}/news/archive`)
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible()
  expect(violations).toEqual([])
})
