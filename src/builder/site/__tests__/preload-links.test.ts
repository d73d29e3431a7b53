import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../bundle/format'
import { testEntry } from '../../../test/entry'
import { shardOf } from '../../../bundle/paths'
import { withSnapshot } from '../home-snapshot'
import { ARTICLE_ROUTE, FIRST_PAINT_ENTRY } from '../../vite/app-layout'
import type { ViteManifest } from '../preload-links'
import {
  articleFilePreload,
  firstPaintAssets,
  entryPreload,
  homePreloads,
  idShardPreload,
  routeAssets,
  withHints,
} from '../preload-links'
import { element, renderHtml } from '../../html/markup'

const entry = testEntry({
  site: { title: 'T', language: 'zh-CN', timezone: 'UTC', permalink: ':title/' },
  counts: { articles: 30, categories: 2, days: 3 },
  latest: { h: 'aaaaaaaaaaaa', n: 30 },
  idShards: ['s0', 's1', 's2', 's3'],
})

const manifest: ViteManifest = {
  'index.html': {
    file: '_app/index-1.js',
    isEntry: true,
    css: ['_app/index-1.css'],
    imports: ['_common.js'],
  },
  [ARTICLE_ROUTE]: {
    file: '_app/article-route-2.js',
    imports: ['index.html', '_shared.js', '_errors.js'],
    css: ['_app/article-route-2.css'],
  },
  '_shared.js': { file: '_app/shared-3.js', imports: ['_errors.js', 'index.html'] },
  '_errors.js': { file: '_app/errors-4.js', css: ['_app/errors-4.css'] },
  [FIRST_PAINT_ENTRY]: {
    file: '_app/first-paint-5.js',
    isEntry: true,
    imports: ['_shared.js', '_common.js'],
  },
  '_common.js': { file: '_app/common-6.js' },
}

describe('preload hints', () => {
  it('preloads the entry and the first home page as fetches, under the base', () => {
    const links = renderHtml(homePreloads('/news/', entry))
    expect(links).toBe(
      '<link rel="preload" href="/news/data/entry.json" as="fetch" crossorigin>' +
        '<link rel="preload" href="/news/data/lists/aaaaaaaaaaaa-1.json.gz" as="fetch" crossorigin>',
    )
    // The other pages (404.html, share pages) start with the entry alone.
    expect(renderHtml(entryPreload('/news/'))).toBe(
      '<link rel="preload" href="/news/data/entry.json" as="fetch" crossorigin>',
    )
  })

  it('has no list page to preload in an empty archive', () => {
    const empty = { ...entry, counts: { ...entry.counts, articles: 0 } }
    expect(renderHtml(homePreloads('/', empty))).not.toContain('lists/')
  })

  it('names a route’s own chunk, and every style its chunks need, never the entry’s', () => {
    const links = renderHtml(routeAssets(manifest, ARTICLE_ROUTE, '/'))
    const hrefs = [...links.matchAll(/<link rel="(\w+)" href="([^"]+)">/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    )
    expect(hrefs).toEqual([
      'modulepreload /_app/article-route-2.js',
      'stylesheet /_app/article-route-2.css',
      'stylesheet /_app/errors-4.css',
    ])
  })

  it('fails the build, naming the module and the manifest, when a module is not in the manifest', () => {
    const message = /build manifest \(\.vite\/manifest\.json\) has no chunk for "src\/missing\.tsx"/
    expect(() => routeAssets(manifest, 'src/missing.tsx', '/')).toThrow(message)
    const { [FIRST_PAINT_ENTRY]: _firstPaint, ...withoutFirstPaint } = manifest
    expect(() => firstPaintAssets(withoutFirstPaint, '/')).toThrow(
      `has no chunk for "${FIRST_PAINT_ENTRY}"`,
    )
    const { 'index.html': _index, ...withoutIndex } = manifest
    expect(() => routeAssets(withoutIndex, ARTICLE_ROUTE, '/')).toThrow('no chunk for "index.html"')
    // A chunk that names an import the manifest lacks is as broken as a missing entry.
    const brokenImport = { ...manifest, '_common.js': { file: 'a.js', imports: ['_gone.js'] } }
    expect(() => firstPaintAssets(brokenImport, '/')).toThrow('no chunk for "_gone.js"')
  })

  it('points a share page at its own id shard and article file, the file marked for the first paint', () => {
    const item = { id: 'Ab3-xyz_0123', f: 'ffffffffffff' } as ArticleSummary
    const shard = entry.idShards[shardOf(item.id, entry.idShards.length)]
    expect(renderHtml(idShardPreload('/', entry, item))).toBe(
      `<link rel="preload" href="/data/ids/${shard}.json.gz" as="fetch" crossorigin>`,
    )
    expect(renderHtml(articleFilePreload('/', item))).toBe(
      '<link data-article rel="preload" href="/data/articles/ffffffffffff.json.gz" as="fetch" crossorigin>',
    )
  })

  it('runs the first paint as a module with its imports preloaded, never the shell nor its hints', () => {
    // common-6.js is the shell's import too: index.html hints it already.
    expect(renderHtml(firstPaintAssets(manifest, '/news/'))).toBe(
      '<script type="module" async src="/news/_app/first-paint-5.js"></script>' +
        '<link rel="modulepreload" href="/news/_app/shared-3.js">' +
        '<link rel="modulepreload" href="/news/_app/errors-4.js">',
    )
  })

  it('puts hints ahead of the module script, so boot.js after it holds none of them back', () => {
    const page =
      '<head><script type="module" src="/a.js"></script><script src="/boot.js"></script></head>'
    expect(withHints(page, [element('link', { x: true })])).toBe(
      '<head><link x><script type="module" src="/a.js"></script><script src="/boot.js"></script></head>',
    )
  })
})

describe('the home snapshot in index.html', () => {
  const index = `<!doctype html><html lang="zh-CN"><head><link data-home rel="preload" href="/data/lists/x-1.json.gz" as="fetch" crossorigin></head><body><div id="root"></div></body></html>`
  const snapshot = { html: '<div id="snapshot" inert><p>list</p></div>', locale: 'en' }

  it('goes before the root, with the site language and its locale for boot.js', () => {
    const html = withSnapshot(index, snapshot, 'en-GB')
    expect(html).toContain('<html lang="en-GB" data-snapshot="en">')
    expect(html).toContain('<div id="snapshot" inert><p>list</p></div><div id="root"></div>')
  })

  it('leaves the page as it was without a snapshot (an empty archive)', () => {
    expect(withSnapshot(index, null, 'en')).toBe(index)
  })
})
