// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { cleanArticleHtml } from '../../clean/clean-html'
import { SANITIZE_POLICY } from '../../../sanitize/policy'
import { findForbidden } from '../../../../test-support/hostile/find-forbidden'
import { VECTORS } from '../../../../test-support/hostile/vectors'
import { absoluteHtml } from '../absolute-html'

const PAGE = 'https://example.com/news/article/AbC-123_xyz0'
const CHECK = { tags: SANITIZE_POLICY.allowedTags, iframeHosts: SANITIZE_POLICY.iframeHosts }

/** The HTML as a feed reader's browser would parse it. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body

describe('article HTML for feeds', () => {
  it('makes every URL absolute against the article’s page', () => {
    const html = absoluteHtml(
      '<p><a href="/news/2024/03/01/x/">site</a> <a href="other">relative</a> <a href="#n1">note</a>' +
        ' <a href="mailto:desk@example.org">mail</a></p><img src="/news/images/a.jpg" alt="">' +
        '<video src="//cdn.example.net/v.mp4" poster="p.png"></video>',
      PAGE,
    )
    const body = parse(html)
    const urls = [...body.querySelectorAll('[href], [src], [poster]')].flatMap((el) =>
      ['href', 'src', 'poster'].flatMap((name) => el.getAttribute(name) ?? []),
    )
    expect(urls).toEqual([
      'https://example.com/news/2024/03/01/x/',
      'https://example.com/news/article/other',
      'https://example.com/news/article/AbC-123_xyz0#n1',
      'mailto:desk@example.org',
      'https://example.com/news/images/a.jpg',
      'https://cdn.example.net/v.mp4',
      'https://example.com/news/article/p.png',
    ])
  })

  it('keeps the sanitizer’s attributes and escapes text once', () => {
    const html = absoluteHtml('<p>a &amp; b &lt;tag&gt;</p><img src="/x.png" alt="">', PAGE)
    expect(html).toContain('<p>a &amp; b &lt;tag&gt;</p>')
    expect(html).toContain('referrerpolicy="no-referrer"')
  })

  it.each(VECTORS.filter((v) => !v.heavy))(
    'is as safe as the app with $name',
    ({ html, forbidden }) => {
      // What the builder ships in the bundle, then what the feed makes of it.
      const shipped = cleanArticleHtml(html, {}).html
      const feed = absoluteHtml(shipped, PAGE)
      expect(findForbidden(parse(feed), CHECK)).toEqual([])
      for (const pattern of forbidden) if (!pattern.test(shipped)) expect(feed).not.toMatch(pattern)
    },
  )
})
