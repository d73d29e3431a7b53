import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic, type StaticServer } from '../static-server'

let site: string
const FILES: Record<string, string> = {
  'index.html': '<p>app</p>',
  '404.html': '<p>not here</p>',
  'article/a1.html': '<p>share page</p>',
  'docs/index.html': '<p>docs</p>',
  '_app/index-abc123.js': 'console.log(1)',
  'data/entry.json': '{}',
  'data/articles/x.json.gz': 'gz',
  'feed.atom': '<feed/>',
  'category/金融/feed.xml': '<rss/>',
  'category/金融/feed.json': '{}',
  'robots.txt': 'User-agent: *',
}

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'static-server-'))
  for (const [path, body] of Object.entries(FILES)) {
    await mkdir(dirname(join(site, path)), { recursive: true })
    await writeFile(join(site, path), body)
  }
})
afterAll(() => rm(site, { recursive: true, force: true }))

async function get(server: StaticServer, path: string, gzip = false) {
  const res = await fetch(new URL(path, server.url), {
    headers: { 'accept-encoding': gzip ? 'gzip' : 'identity' },
  })
  return {
    status: res.status,
    body: await res.text(),
    type: res.headers.get('content-type'),
    cache: res.headers.get('cache-control'),
    encoding: res.headers.get('content-encoding'),
  }
}

describe('static server like GitHub Pages', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveStatic(site, { like: 'github-pages', port: 0, base: '/news/' })
  })
  afterAll(() => server.close())

  it('serves files, x → x.html and dir/ → dir/index.html under the base, never compressed', async () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/news\/$/)
    expect(await get(server, '/news/article/a1', true)).toMatchObject({
      status: 200,
      body: '<p>share page</p>',
      type: 'text/html; charset=utf-8',
      cache: 'no-cache',
      encoding: null,
    })
    expect((await get(server, '/news/docs/')).body).toBe('<p>docs</p>')
    expect((await get(server, '/news/')).body).toBe('<p>app</p>')
    expect((await get(server, '/news/data/articles/x.json.gz')).type).toBe('application/gzip')
  })

  it('serves feeds and robots.txt with their types, and a category whose feeds have a folder as the app', async () => {
    const types = {
      '/news/feed.atom': 'application/atom+xml; charset=utf-8',
      '/news/category/%E9%87%91%E8%9E%8D/feed.xml': 'application/xml; charset=utf-8',
      '/news/category/%E9%87%91%E8%9E%8D/feed.json': 'application/json; charset=utf-8',
      '/news/robots.txt': 'text/plain; charset=utf-8',
    }
    for (const [path, type] of Object.entries(types))
      expect(await get(server, path)).toMatchObject({ status: 200, type })
    for (const path of ['/news/category/%E9%87%91%E8%9E%8D', '/news/category/%E9%87%91%E8%9E%8D/'])
      expect(await get(server, path)).toMatchObject({ status: 404, body: '<p>not here</p>' })
  })

  it('answers anything else, outside the base too, with 404.html and status 404', async () => {
    for (const path of ['/news/category/x', '/elsewhere', '/news/../../etc/passwd']) {
      expect(await get(server, path)).toMatchObject({ status: 404, body: '<p>not here</p>' })
    }
  })
})

describe('static server like a CDN', () => {
  let server: StaticServer
  beforeAll(async () => {
    server = await serveStatic(site, { like: 'cdn', port: 0, hostname: '127.0.0.1' })
  })
  afterAll(() => server.close())

  it('gzips text when asked, and keeps hashed files for a year', async () => {
    expect(await get(server, '/_app/index-abc123.js', true)).toMatchObject({
      status: 200,
      body: 'console.log(1)',
      type: 'text/javascript; charset=utf-8',
      cache: 'public, max-age=31536000, immutable',
      encoding: 'gzip',
    })
    expect(await get(server, '/data/entry.json')).toMatchObject({
      cache: 'no-cache',
      encoding: null,
    })
    expect((await get(server, '/data/articles/x.json.gz', true)).encoding).toBeNull()
    expect(await get(server, '/feed.atom', true)).toMatchObject({
      body: '<feed/>',
      cache: 'no-cache',
      encoding: 'gzip',
    })
  })

  it('serves share pages, answers app routes with index.html, and misses in data/ and _app/ with 404', async () => {
    expect((await get(server, '/article/a1')).body).toBe('<p>share page</p>')
    expect(await get(server, '/category/x')).toMatchObject({ status: 200, body: '<p>app</p>' })
    // The folder of a category's feeds is no page of its own.
    expect(await get(server, '/category/%E9%87%91%E8%9E%8D')).toMatchObject({
      status: 200,
      body: '<p>app</p>',
    })
    expect((await get(server, '/data/articles/missing.json.gz')).status).toBe(404)
    expect((await get(server, '/_app/missing.js')).status).toBe(404)
  })
})
