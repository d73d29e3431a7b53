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

/** Markup with its UTF-8 length, counted once: the budget loop weighs pages many times. */
export interface Piece {
  html: string
  bytes: number
}

export const piece = (html: string): Piece => ({ html, bytes: Buffer.byteLength(html) })

/** Which of its own hints a page keeps; they are the first thing to go when it is too big. */
export interface Hints {
  article: boolean
  shard: boolean
  image: boolean
  /** The links to its first category's feed and to the site's. */
  categoryFeed: boolean
  siteFeed: boolean
  articleHint: Piece
  shardHint: Piece
  imageHint: Piece
  categoryFeedHint: Piece
}

const meta = (key: 'name' | 'property', name: string, content: string) =>
  element('meta', { [key]: name, content })

const NOTHING = piece('')
/** The same on every page. */
const OG_TYPE = piece(renderHtml(meta('property', 'og:type', 'article')))
const TWITTER_CARD = piece(renderHtml(meta('name', 'twitter:card', 'summary_large_image')))
// React replaces the root with the app; crawlers and slow starts see the title and excerpt.
const ROOT_OPEN = piece(
  openTag('div', { id: 'root' }) + openTag('article', { class: 'share-preview' }),
)
const ROOT_CLOSE = piece('</article></div>')
// Atom alone, untitled: every reader takes it, and 100,000 pages pay for each byte.
const siteFeeds = new Map<string, Piece>()
const siteFeed = (base: string) => {
  let link = siteFeeds.get(base)
  if (link === undefined)
    siteFeeds.set(base, (link = piece(renderHtml(feedLink(base, [], 'atom')))))
  return link
}

/** The parts that neither the title nor the excerpt is in. */
export interface FixedParts {
  url?: string
  image?: string
  /** canonical and hreflang. */
  links: Piece
  /** og:url, og:image and the publication time. */
  ogRest: Piece
}

export function fixedParts(item: ArticleSummary, input: SharePageInput): FixedParts {
  const url = input.siteRoot ? `${input.siteRoot}${pagePaths.article(item.id)}` : undefined
  const image = imageUrl(item.thumbnail, url)
  return {
    url,
    image,
    links: piece(
      renderHtml([
        ...(url ? [element('link', { rel: 'canonical', href: url })] : []),
        // The page in the site's one language: itself (only where the site declares it).
        ...(url && input.hreflang
          ? [element('link', { rel: 'alternate', hreflang: input.hreflang, href: url })]
          : []),
      ]),
    ),
    ogRest: piece(
      renderHtml([
        ...(url ? [meta('property', 'og:url', url)] : []),
        ...(image ? [meta('property', 'og:image', image)] : []),
        meta('property', 'article:published_time', item.date),
      ]),
    ),
  }
}

export interface TitleParts {
  title: Piece
  ogTitle: Piece
  jsonLd: Piece
  h1: Piece
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
  return {
    title: piece(renderHtml(element('title', {}, [`${title} · ${input.site.title}`]))),
    ogTitle: piece(renderHtml(meta('property', 'og:title', title))),
    // A data block, never executed: the CSP's script-src does not apply to it.
    jsonLd: piece(renderHtml(element('script', { type: 'application/ld+json' }, [jsonLd]))),
    h1: piece(renderHtml(element('h1', {}, [title]))),
  }
}

export interface ExcerptParts {
  description: Piece
  ogDescription: Piece
  p: Piece
}

export const excerptParts = (excerpt: string): ExcerptParts => ({
  description: piece(renderHtml(meta('name', 'description', excerpt))),
  ogDescription: piece(renderHtml(meta('property', 'og:description', previewText(excerpt)))),
  p: piece(renderHtml(element('p', {}, [excerpt]))),
})

export interface PageParts {
  fixed: FixedParts
  title: TitleParts
  excerpt: ExcerptParts
}

type Slot = 'head' | 'article' | 'shard' | 'root'

/** Where each piece of the page goes, in order: what writing and weighing a page both read. */
function layout(input: SharePageInput, parts: PageParts, hints: Hints): Record<Slot, Piece[]> {
  const { fixed, title, excerpt } = parts
  const when = (kept: boolean, hint: Piece) => (kept ? hint : NOTHING)
  return {
    head: [
      title.title,
      excerpt.description,
      fixed.links,
      when(hints.siteFeed, siteFeed(input.base ?? '/')),
      when(hints.categoryFeed, hints.categoryFeedHint),
      OG_TYPE,
      title.ogTitle,
      excerpt.ogDescription,
      fixed.ogRest,
      TWITTER_CARD,
      title.jsonLd,
    ],
    article: [when(hints.article, hints.articleHint), when(hints.image, hints.imageHint)],
    shard: [when(hints.shard, hints.shardHint)],
    root: [ROOT_OPEN, title.h1, excerpt.p, ROOT_CLOSE],
  }
}

const html = (pieces: Piece[]) => pieces.map((p) => p.html).join('')

/** The page: index.html's template with this article's parts and the hints it keeps. */
export function assemble(
  template: SharePageTemplate,
  input: SharePageInput,
  parts: PageParts,
  hints: Hints,
): string {
  const slots = layout(input, parts, hints)
  return template.fill({
    head: html(slots.head),
    article: html(slots.article),
    shard: html(slots.shard),
    root: html(slots.root),
  })
}

const templateBytes = new WeakMap<SharePageTemplate, number>()

/**
 * What `assemble` would write, weighed from its pieces' counts: the budget loop tries a few
 * shapes of every page, and writing each one out only to measure it was most of its cost.
 */
export function pageBytes(
  template: SharePageTemplate,
  input: SharePageInput,
  parts: PageParts,
  hints: Hints,
): number {
  let bytes = templateBytes.get(template)
  if (bytes === undefined) {
    bytes = Buffer.byteLength(template.fill({ head: '', article: '', shard: '', root: '' }))
    templateBytes.set(template, bytes)
  }
  for (const pieces of Object.values(layout(input, parts, hints)))
    for (const p of pieces) bytes += p.bytes
  return bytes
}
