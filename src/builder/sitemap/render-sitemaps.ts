import type { XmlElement } from '../feeds/xml'
import { renderXml, renderXmlFragment } from '../feeds/xml'
import { rfc3339 } from '../feeds/zoned-time'

/** One page for crawlers: its absolute URL and, where known, when it last changed. */
export interface SitemapUrl {
  loc: string
  /** ISO 8601 instant. */
  lastmod?: string
}

export interface SitemapLimits {
  urls: number
  bytes: number
}

/** The sitemap protocol's limits for one file: 50,000 URLs and 50 MB, uncompressed. */
export const SITEMAP_LIMITS: SitemapLimits = { urls: 50_000, bytes: 50 * 1024 * 1024 }

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** The index: `sitemap.xml`, which robots.txt names and which names the others. */
export const SITEMAP_INDEX = 'sitemap.xml'
export const sitemapName = (n: number) => `sitemap-${n}.xml`

const bytes = (text: string) => Buffer.byteLength(text)

/**
 * Splits the URLs, in their order, into sitemaps within `limits` (`sitemap-1.xml`, …), then
 * yields the index that names them, `sitemap.xml`. Dates are written in `timezone`'s offset.
 */
export function* renderSitemaps(
  urls: Iterable<SitemapUrl>,
  siteRoot: string,
  timezone: string,
  limits: SitemapLimits = SITEMAP_LIMITS,
): Generator<{ name: string; xml: string }> {
  const element = (url: SitemapUrl): XmlElement => ({
    loc: url.loc,
    lastmod: url.lastmod === undefined ? undefined : rfc3339(url.lastmod, timezone),
  })
  // What a sitemap costs besides its URLs: the declaration and the urlset's tags.
  const probe = { loc: siteRoot }
  const overhead =
    bytes(renderXml({ urlset: { '@xmlns': NS, url: [probe] } })) -
    bytes(renderXmlFragment({ url: probe }))
  const index: XmlElement[] = []
  let chunk: XmlElement[] = []
  let size = overhead
  let newest: string | undefined
  const flush = () => {
    const name = sitemapName(index.length + 1)
    index.push({
      loc: new URL(name, siteRoot).href,
      lastmod: newest === undefined ? undefined : rfc3339(newest, timezone),
    })
    const xml = renderXml({ urlset: { '@xmlns': NS, url: chunk } })
    chunk = []
    size = overhead
    newest = undefined
    return { name, xml }
  }
  for (const url of urls) {
    const entry = element(url)
    const added = bytes(renderXmlFragment({ url: entry }))
    if (chunk.length > 0 && (chunk.length >= limits.urls || size + added > limits.bytes))
      yield flush()
    chunk.push(entry)
    size += added
    if (url.lastmod !== undefined && (newest === undefined || url.lastmod > newest))
      newest = url.lastmod
  }
  if (chunk.length > 0) yield flush()
  yield { name: SITEMAP_INDEX, xml: renderXml({ sitemapindex: { '@xmlns': NS, sitemap: index } }) }
}
