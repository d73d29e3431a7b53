import type { ArticleSummary, SiteInfo } from '../../../bundle/format'

/** The site and the article the share-page tests build pages for; each test changes what it needs. */
export const site: SiteInfo = {
  title: '新闻归档',
  language: 'zh-CN',
  timezone: 'Asia/Shanghai',
  permalink: ':title/',
}

export const item: ArticleSummary = {
  id: 'AbC-123_xyz0',
  f: 'f00',
  title: 'A "quoted" <b>title</b> & more',
  date: '2022-01-06T02:00:00.000Z',
  categories: [['金融']],
  author: 'Desk',
  thumbnail: '/news/sample/x.jpg',
  excerpt: 'First words of the article, as the list shows them.',
}

/** A share page's input on a site with a URL, a base, a declared language and feeds. */
export const feedSiteInput = (indexHtml: string) => ({
  indexHtml,
  site,
  siteRoot: 'https://example.com/news/',
  base: '/news/',
  hreflang: 'zh-CN',
  feeds: true,
})
