import { describe, expect, it } from 'vitest'
import { FEED_AND_SITEMAP_FILES, feedFile, feedFolder, feedHref } from '../feed-paths'

describe('where feeds live', () => {
  it('puts the site’s at the root and a category’s beside its page’s path', () => {
    expect(feedFile([], 'atom')).toBe('feed.atom')
    expect(feedFile([], 'rss')).toBe('feed.xml')
    expect(feedFile([], 'json')).toBe('feed.json')
    expect(feedFile(['金融', '新浪财经'], 'atom')).toBe('category/金融/新浪财经/feed.atom')
    expect(feedHref(['金融', '新浪财经'], 'json')).toBe(
      'category/%E9%87%91%E8%9E%8D/%E6%96%B0%E6%B5%AA%E8%B4%A2%E7%BB%8F/feed.json',
    )
  })

  it('encodes each name for the URL, `+` too (S3 reads it as a space)', () => {
    expect(feedHref(['C++ & Rust', '50% off'], 'atom')).toBe(
      'category/C%2B%2B%20%26%20Rust/50%25%20off/feed.atom',
    )
    expect(feedFile(['C++ & Rust'], 'atom')).toBe('category/C++ & Rust/feed.atom')
  })

  it.each([
    ['a slash', ['AC/DC']],
    ['a parent reference', ['..']],
    ['a hidden name', ['.env']],
    ['a trailing dot', ['etc.']],
    ['a feed’s own file name', ['News', 'feed.atom']],
    ['the same, in capitals', ['FEED.XML']],
    ['a control character', ['a\u0007b']],
    ['a Windows device name', ['con']],
    ['a name over 200 bytes', ['长'.repeat(70)]],
    ['a lone surrogate', ['\ud800x']],
  ])('sends a path with %s to feeds/<hash>/', (_what, path) => {
    const folder = feedFolder(path)
    expect(folder[0]).toBe('feeds')
    expect(folder[1]).toMatch(/^[0-9a-f]{16}$/)
    expect(feedFile(path, 'atom')).toBe(`feeds/${folder[1]}/feed.atom`)
  })

  it('gives each path its own stable hash folder', () => {
    expect(feedFolder(['AC/DC'])).toEqual(feedFolder(['AC/DC']))
    expect(feedFolder(['AC/DC'])).not.toEqual(feedFolder(['AC', 'DC']))
    expect(feedFolder(['x', '..'])).not.toEqual(feedFolder(['y', '..']))
  })

  it('keeps a long path of short names within 1,000 bytes, else hashes it', () => {
    // 32 bytes a name.
    const deep = Array.from(
      { length: 40 },
      (_, i) => `分类${String(i).padStart(2, '0')}的一个长名称`,
    )
    expect(feedFolder(deep.slice(0, 10))[0]).toBe('category')
    expect(feedFolder(deep)[0]).toBe('feeds')
  })

  it('names the files the service worker leaves to the host', () => {
    for (const path of ['/feed.atom', '/news/category/a/feed.xml', '/feed.json', '/sitemap.xml'])
      expect(path).toMatch(FEED_AND_SITEMAP_FILES)
    expect('/sitemap-12.xml').toMatch(FEED_AND_SITEMAP_FILES)
    expect('/robots.txt').toMatch(FEED_AND_SITEMAP_FILES)
    expect('/category/feed').not.toMatch(FEED_AND_SITEMAP_FILES)
    expect('/data/entry.json').not.toMatch(FEED_AND_SITEMAP_FILES)
  })
})
