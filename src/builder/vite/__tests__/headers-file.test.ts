import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllHeaders } from 'netlify-headers-parser'
import { afterAll, expect, it } from 'vitest'
import { securityHeaders } from '../csp'

// docs/deploying.md's `_headers` sample, read and matched by Netlify's own parser (the package its
// build and CLI use): the closest faithful check without the host. Cloudflare Pages documents the
// same file format and the same rule: every matching block applies.
const doc = readFileSync(new URL('../../../../docs/deploying.md', import.meta.url), 'utf8')
const section = doc.slice(doc.indexOf('### Netlify and Cloudflare Pages'))
const block = /```[^\n]*\n([\s\S]*?)^```/m.exec(section)?.[1] ?? ''

const dir = mkdtempSync(join(tmpdir(), 'headers-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function rules() {
  const file = join(dir, '_headers')
  writeFileSync(file, block)
  // Its declared types are inferred from default values (`never[]`); the code takes file paths.
  const files = [file] as never[]
  const { headers, errors } = await parseAllHeaders({
    headersFiles: files,
    netlifyConfigPath: undefined,
  })
  expect(errors).toEqual([])
  return headers as { for: string; forRegExp: RegExp; values: Record<string, string> }[]
}

/** What the host sends for `path`: every matching block's headers. */
async function sent(path: string) {
  const out: Record<string, string> = {}
  for (const rule of await rules()) if (rule.forRegExp.test(path)) Object.assign(out, rule.values)
  return out
}

const IMMUTABLE = 'public, max-age=31536000, immutable'

it('parses, and every page and file gets the security headers', async () => {
  expect(block).toContain('Content-Security-Policy')
  for (const path of [
    '/',
    '/index.html',
    '/category/%E9%87%91%E8%9E%8D',
    '/article/abc',
    '/_app/index-abc.js',
    '/data/entry.json',
  ]) {
    expect(await sent(path), path).toMatchObject(securityHeaders())
  }
})

it('caches hashed files for a year and the files a deploy changes never', async () => {
  for (const path of [
    '/_app/index-abc.js',
    '/data/articles/f00.json.gz',
    '/data/lists/abc-1.json.gz',
    '/data/ids/abc.json.gz',
    '/data/tree/abc.json.gz',
    '/data/calendar/abc.json.gz',
    '/data/search/t-abc.json.gz',
    '/data/tags/s-abc.json.gz',
  ])
    expect((await sent(path))['Cache-Control'], path).toBe(IMMUTABLE)
  for (const path of [
    '/index.html',
    '/404.html',
    '/sw.js',
    '/manifest.webmanifest',
    '/data/entry.json',
  ])
    expect((await sent(path))['Cache-Control'], path).toBe('no-cache')
})
