/**
 * A share page's own markup, in parts: those fixed for the page, those that hold its title and
 * those that hold its excerpt. Shortening a page to its budget renders again only the parts the
 * shortened text is in (100,000 pages, a few steps each).
 */
import type { ArticleSummary } from '../../bundle/format'
import { pagePaths } from '../../bundle/page-paths'
import { isPlaceholderImage } from '../../bundle/placeholder-image'
import { feedLink } from './feed-links'
import { element, openTag, renderHtml } from '../html/markup'
import type { SharePageInput, SharePageTemplate } from './share-page-template'

/**
 * og:description (which previews show in two lines at most) is the excerpt's start: the full
 * excerpt is already in the meta description and the page body, three copies were a quarter
 * of the page. Width counts a CJK character as two.
 */
const PREVIEW_WIDTH = 100

export function previewText(text: string, width = PREVIEW_WIDTH): string {
  let used = 0
  let end = 0
  const points = [...text]
  for (const point of points) {
    used += (point.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1
    if (used > width) break
    end += 1
  }
  if (end >= points.length) return text
  return `${points
    .slice(0, Math.max(1, end - 1))
    .join('')
    .trimEnd()}…`
}

function imageUrl(src: string | undefined, pageUrl: string | undefined): string | undefined {
  if (!src || isPlaceholderImage(src)) return undefined
  if (/^https?:\/\//i.test(src)) return src
  return pageUrl ? new URL(src, pageUrl).href : undefined
}

/** Which of its own hints a page keeps; they are the first thing to go when it is too big. */
export interface Hints {
  article: boolean
  shard: boolean
  image: boolean
  /** The links to its first category's feed and to the site's. */
  categoryFeed: boolean
  siteFeed: boolean
  articleHint: string
  shardHint: string
  imageHint: string
  categoryFeedHint: string
}

const meta = (key: 'name' | 'property', name: string, content: string) =>
  element('meta', { [key]: name, content })

/** The same on every page. */
const OG_TYPE = renderHtml(meta('property', 'og:type', 'article'))
const TWITTER_CARD = renderHtml(meta('name', 'twitter:card', 'summary_large_image'))
// React replaces the root with the app; crawlers and slow starts see the title and excerpt.
const ROOT_OPEN = openTag('div', { id: 'root' }) + openTag('article', { class: 'share-preview' })
const ROOT_CLOSE = '</article></div>'
// Atom alone, untitled: every reader takes it, and 100,000 pages pay for each byte.
const siteFeeds = new Map<string, string>()
const siteFeed = (base: string) => {
  let link = siteFeeds.get(base)
  if (link === undefined) siteFeeds.set(base, (link = renderHtml(feedLink(base, [], 'atom'))))
  return link
}

/** The parts that neither the title nor the excerpt is in. */
export interface FixedParts {
  url?: string
  image?: string
  /** canonical and hreflang. */
  links: string
  /** og:url, og:image and the publication time. */
  ogRest: string
  bytes: number
}

export function fixedParts(item: ArticleSummary, input: SharePageInput): FixedParts {
  const url = input.siteRoot ? `${input.siteRoot}${pagePaths.article(item.id)}` : undefined
  const image = imageUrl(item.thumbnail, url)
  const parts = {
    url,
    image,
    links: renderHtml([
      ...(url ? [element('link', { rel: 'canonical', href: url })] : []),
      // The page in the site's one language: itself (only where the site declares it).
      ...(url && input.hreflang
        ? [element('link', { rel: 'alternate', hreflang: input.hreflang, href: url })]
        : []),
    ]),
    ogRest: renderHtml([
      ...(url ? [meta('property', 'og:url', url)] : []),
      ...(image ? [meta('property', 'og:image', image)] : []),
      meta('property', 'article:published_time', item.date),
    ]),
  }
  return { ...parts, bytes: bytesOf(parts.links, parts.ogRest) }
}

export interface TitleParts {
  title: string
  ogTitle: string
  jsonLd: string
  h1: string
  bytes: number
}

export function titleParts(
  item: ArticleSummary,
  input: SharePageInput,
  fixed: FixedParts,
  title: string,
): TitleParts {
  const { url, image } = fixed
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: item.date,
    ...(image ? { image: [image] } : {}),
    ...(url ? { mainEntityOfPage: url } : {}),
    ...(item.author ? { author: { '@type': 'Person', name: item.author } } : {}),
  }).replaceAll('<', '\\u003c')
  const parts = {
    title: renderHtml(element('title', {}, [`${title} · ${input.site.title}`])),
    ogTitle: renderHtml(meta('property', 'og:title', title)),
    // A data block, never executed: the CSP's script-src does not apply to it.
    jsonLd: renderHtml(element('script', { type: 'application/ld+json' }, [jsonLd])),
    h1: renderHtml(element('h1', {}, [title])),
  }
  return { ...parts, bytes: bytesOf(parts.title, parts.ogTitle, parts.jsonLd, parts.h1) }
}

export interface ExcerptParts {
  description: string
  ogDescription: string
  p: string
  bytes: number
}

export function excerptParts(excerpt: string): ExcerptParts {
  const description = renderHtml(meta('name', 'description', excerpt))
  const ogDescription = renderHtml(meta('property', 'og:description', previewText(excerpt)))
  const p = renderHtml(element('p', {}, [excerpt]))
  return { description, ogDescription, p, bytes: bytesOf(description, ogDescription, p) }
}

export interface PageParts {
  fixed: FixedParts
  title: TitleParts
  excerpt: ExcerptParts
}

/** The page: index.html's template with this article's parts and the hints it keeps. */
export function assemble(
  template: SharePageTemplate,
  input: SharePageInput,
  parts: PageParts,
  hints: Hints,
): string {
  const { fixed, title, excerpt } = parts
  return template.fill({
    head:
      title.title +
      excerpt.description +
      fixed.links +
      (hints.siteFeed ? siteFeed(input.base ?? '/') : '') +
      (hints.categoryFeed ? hints.categoryFeedHint : '') +
      OG_TYPE +
      title.ogTitle +
      excerpt.ogDescription +
      fixed.ogRest +
      TWITTER_CARD +
      title.jsonLd,
    article: (hints.article ? hints.articleHint : '') + (hints.image ? hints.imageHint : ''),
    shard: hints.shard ? hints.shardHint : '',
    root: ROOT_OPEN + title.h1 + excerpt.p + ROOT_CLOSE,
  })
}

const bytesOf = (...texts: string[]) =>
  texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)

const CONSTANT_BYTES = bytesOf(OG_TYPE, TWITTER_CARD, ROOT_OPEN, ROOT_CLOSE)
const templateBytes = new WeakMap<SharePageTemplate, number>()

/**
 * What `assemble` would weigh, from the parts' own counts: the budget loop tries a few shapes
 * of every page, and writing each one out only to measure it was most of a share page's cost.
 */
export function pageBytes(
  template: SharePageTemplate,
  input: SharePageInput,
  parts: PageParts,
  hints: Hints,
): number {
  let fixed = templateBytes.get(template)
  if (fixed === undefined) {
    fixed = bytesOf(template.fill({ head: '', article: '', shard: '', root: '' }))
    templateBytes.set(template, fixed)
  }
  return (
    fixed +
    CONSTANT_BYTES +
    parts.fixed.bytes +
    parts.title.bytes +
    parts.excerpt.bytes +
    (hints.siteFeed ? bytesOf(siteFeed(input.base ?? '/')) : 0) +
    (hints.categoryFeed ? bytesOf(hints.categoryFeedHint) : 0) +
    (hints.article ? bytesOf(hints.articleHint) : 0) +
    (hints.image ? bytesOf(hints.imageHint) : 0) +
    (hints.shard ? bytesOf(hints.shardHint) : 0)
  )
}
