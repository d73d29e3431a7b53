import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { SitemapUrl } from '../render-sitemaps'
import { renderSitemaps, SITEMAP_LIMITS } from '../render-sitemaps'

const ROOT = 'https://example.com/news/'
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'url' || name === 'sitemap',
})

interface UrlSet {
  urlset: { '@_xmlns': string; url: { loc: string; lastmod?: string }[] }
}
interface SitemapIndex {
  sitemapindex: { '@_xmlns': string; sitemap: { loc: string; lastmod?: string }[] }
}

function* generated(count: number): Generator<SitemapUrl> {
  const start = Date.UTC(2020, 0, 1)
  for (let i = 0; i < count; i++)
    yield {
      loc: `${ROOT}article/${i.toString(36).padStart(12, '0')}`,
      lastmod: new Date(start + i * 60_000).toISOString(),
    }
}

describe('sitemaps', () => {
  it('splits 120,000 URLs into three valid sitemaps under the limits, and an index naming them', () => {
    const files = [...renderSitemaps(generated(120_000), ROOT, 'Asia/Shanghai')]
    expect(files.map((f) => f.name)).toEqual([
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
      'sitemap.xml',
    ])
    const counts: number[] = []
    for (const { name, xml } of files.slice(0, 3)) {
      expect(XMLValidator.validate(xml), name).toBe(true)
      expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(SITEMAP_LIMITS.bytes)
      const { urlset } = parser.parse(xml) as UrlSet
      expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
      counts.push(urlset.url.length)
      for (const url of urlset.url) {
        expect(url.loc.startsWith(ROOT)).toBe(true)
        expect(url.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/)
      }
    }
    expect(counts).toEqual([50_000, 50_000, 20_000])

    const index = files[3]!.xml
    expect(XMLValidator.validate(index)).toBe(true)
    const { sitemapindex } = parser.parse(index) as SitemapIndex
    expect(sitemapindex.sitemap.map((s) => s.loc)).toEqual([
      `${ROOT}sitemap-1.xml`,
      `${ROOT}sitemap-2.xml`,
      `${ROOT}sitemap-3.xml`,
    ])
    // Each sitemap's newest change: its last URL's, as the URLs grow newer.
    expect(sitemapindex.sitemap[2]!.lastmod).toBe('2020-03-24T15:59:00+08:00')
  })

  it('starts a new sitemap before one would pass its byte limit, and escapes every URL', () => {
    const urls: SitemapUrl[] = Array.from({ length: 10 }, (_, i) => ({
      loc: `${ROOT}tag/${encodeURIComponent(`R&D ${i}`)}?a=1&b=<${i}>`,
    }))
    const limits = { urls: 50_000, bytes: 400 }
    const files = [...renderSitemaps(urls, ROOT, 'UTC', limits)]
    const sitemaps = files.slice(0, -1)
    expect(sitemaps.length).toBeGreaterThan(2)
    const locs: string[] = []
    for (const { xml } of sitemaps) {
      expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(limits.bytes)
      expect(XMLValidator.validate(xml)).toBe(true)
      locs.push(...(parser.parse(xml) as UrlSet).urlset.url.map((u) => u.loc))
    }
    expect(locs).toEqual(urls.map((u) => u.loc))
  })
})
