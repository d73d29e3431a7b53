import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../../../bundle/format'
import { withFeedLinks } from '../feed-links'
import { SHARE_PAGE_MAX_BYTES, sharePage } from '../share-pages'
import { feedSiteInput, item as sharedItem } from './share-fixtures'

const INDEX = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="${"default-src 'self'; ".repeat(30)}">
    <title>新闻归档</title>
    <script type="module" crossorigin src="/news/_app/index-abc.js"></script>
    <script src="/news/boot.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`

const item: ArticleSummary = {
  ...sharedItem,
  title: 'A title',
  categories: [['金融', '银行'], ['Tech']],
  author: undefined,
  thumbnail: undefined,
}
const input = feedSiteInput(INDEX)
const CANONICAL = 'https://example.com/news/article/AbC-123_xyz0'
const SITE_FEED = '<link rel="alternate" type="application/atom+xml" href="/news/feed.atom">'
const CATEGORY_FEED =
  '<link rel="alternate" type="application/atom+xml" href="/news/category/%E9%87%91%E8%9E%8D/%E9%93%B6%E8%A1%8C/feed.atom">'

describe('autodiscovery and hreflang', () => {
  it('announces the site’s feeds, all three formats, in the page’s head', () => {
    const html = withFeedLinks(INDEX, '/news/', '新闻归档')
    expect(html).toContain(
      '<title>新闻归档</title><link rel="alternate" type="application/atom+xml" title="新闻归档 (Atom)" href="/news/feed.atom">' +
        '<link rel="alternate" type="application/rss+xml" title="新闻归档 (RSS)" href="/news/feed.xml">' +
        '<link rel="alternate" type="application/feed+json" title="新闻归档 (JSON Feed)" href="/news/feed.json">',
    )
  })

  it('gives a share page its language’s alternate, the site’s feed and its first category’s', () => {
    const html = sharePage(item, input)
    expect(html).toContain(`<link rel="alternate" hreflang="zh-CN" href="${CANONICAL}">`)
    expect(html).toContain(SITE_FEED)
    expect(html).toContain(CATEGORY_FEED)
    expect(html.indexOf(SITE_FEED)).toBeLessThan(html.indexOf('</head>'))
  })

  it('leaves them out without a declared language or without feeds', () => {
    const html = sharePage(item, { ...input, hreflang: undefined, feeds: false })
    expect(html).not.toContain('hreflang')
    expect(html).not.toContain('application/atom+xml')
    expect(sharePage(item, { ...input, siteRoot: undefined })).not.toContain('hreflang')
  })

  it(`drops the category’s feed, then the site’s, before the excerpt, within ${SHARE_PAGE_MAX_BYTES} bytes`, () => {
    const full = Buffer.byteLength(sharePage(item, input))
    const pad = (bytes: number) => ({ ...item, author: 'x'.repeat(bytes) })
    const over = sharePage(pad(SHARE_PAGE_MAX_BYTES - full + 10), input)
    expect(Buffer.byteLength(over)).toBeLessThanOrEqual(SHARE_PAGE_MAX_BYTES)
    expect(over).not.toContain(CATEGORY_FEED)
    expect(over).toContain(SITE_FEED)
    expect(over).toContain(`<p>${item.excerpt}</p>`)
    const further = sharePage(pad(SHARE_PAGE_MAX_BYTES - full + CATEGORY_FEED.length + 10), input)
    expect(Buffer.byteLength(further)).toBeLessThanOrEqual(SHARE_PAGE_MAX_BYTES)
    expect(further).not.toContain(SITE_FEED)
    expect(further).toContain(`<p>${item.excerpt}</p>`)
    expect(further).toContain(`hreflang="zh-CN"`)
    const long = { ...item, title: '很长的标题'.repeat(40), excerpt: '很长的摘要，'.repeat(60) }
    expect(Buffer.byteLength(sharePage(long, input))).toBeLessThanOrEqual(SHARE_PAGE_MAX_BYTES)
  })
})
