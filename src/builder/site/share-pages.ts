import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import pMap from 'p-map'
import type { ArticleSummary, Entry } from '../../bundle/format'
import { pagePaths } from '../../bundle/page-paths'
import { isPlaceholderImage } from '../../bundle/placeholder-image'
import { articleFilePreload, headImagePreload, idShardPreload } from './preload-links'
import { feedLink } from './feed-links'
import { element, renderHtml } from '../html/markup'
import type { SharePageInput, SharePageTemplate } from './share-page-template'
import { sharePageTemplate } from './share-page-template'

/** One page per article, so each must stay small: 100,000 of them are 300 MB at this size. */
export const SHARE_PAGE_MAX_BYTES = 3 * 1024

/** Files written at once: enough to keep the disk busy without a flood of open handles. */
const CONCURRENCY = 32

const truncate = (text: string, chars: number) => {
  const points = [...text]
  return points.length <= chars
    ? text
    : `${points
        .slice(0, chars - 1)
        .join('')
        .trimEnd()}…`
}

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
interface Hints {
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
// Atom alone, untitled: every reader takes it, and 100,000 pages pay for each byte.
const siteFeeds = new Map<string, string>()
const siteFeed = (base: string) => {
  let link = siteFeeds.get(base)
  if (link === undefined) siteFeeds.set(base, (link = renderHtml(feedLink(base, [], 'atom'))))
  return link
}

function renderPage(
  template: SharePageTemplate,
  item: ArticleSummary,
  input: SharePageInput,
  title: string,
  excerpt: string,
  hints: Hints,
): string {
  const url = input.siteRoot ? `${input.siteRoot}${pagePaths.article(item.id)}` : undefined
  const image = imageUrl(item.thumbnail, url)
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: item.date,
    ...(image ? { image: [image] } : {}),
    ...(url ? { mainEntityOfPage: url } : {}),
    ...(item.author ? { author: { '@type': 'Person', name: item.author } } : {}),
  }).replaceAll('<', '\\u003c')
  const head = [
    renderHtml([
      element('title', {}, [`${title} · ${input.site.title}`]),
      meta('name', 'description', excerpt),
      ...(url ? [element('link', { rel: 'canonical', href: url })] : []),
      // The page in the site's one language: itself (only where the site declares it).
      ...(url && input.hreflang
        ? [element('link', { rel: 'alternate', hreflang: input.hreflang, href: url })]
        : []),
    ]),
    hints.siteFeed ? siteFeed(input.base ?? '/') : '',
    hints.categoryFeed ? hints.categoryFeedHint : '',
    OG_TYPE,
    renderHtml([
      meta('property', 'og:title', title),
      meta('property', 'og:description', previewText(excerpt)),
      ...(url ? [meta('property', 'og:url', url)] : []),
      ...(image ? [meta('property', 'og:image', image)] : []),
      meta('property', 'article:published_time', item.date),
    ]),
    TWITTER_CARD,
    // A data block, never executed: the CSP's script-src does not apply to it.
    renderHtml(element('script', { type: 'application/ld+json' }, [jsonLd])),
  ]
  // React replaces this with the app; crawlers and slow starts see the title and excerpt.
  const root = element('div', { id: 'root' }, [
    element('article', { class: 'share-preview' }, [
      element('h1', {}, [title]),
      element('p', {}, [excerpt]),
    ]),
  ])
  return template.fill({
    head: head.join(''),
    article: (hints.article ? hints.articleHint : '') + (hints.image ? hints.imageHint : ''),
    shard: hints.shard ? hints.shardHint : '',
    root: renderHtml(root),
  })
}

/** The static HTML entry for one article: the tags link previews read, then the app's own boot. */
export function sharePage(
  item: ArticleSummary,
  input: SharePageInput,
  template = sharePageTemplate(input),
): string {
  let title = item.title
  // A `description` given beside an `excerpt` is the preview text, as Hexo themes put it in meta.
  let excerpt = item.description ?? item.excerpt
  const { entry, base } = input
  const hinted = entry !== undefined && base !== undefined
  const image = input.headImages?.get(item.id)
  const category = input.feeds ? item.categories[0] : undefined
  const hints: Hints = {
    article: true,
    shard: true,
    image: true,
    categoryFeed: category !== undefined,
    siteFeed: input.feeds === true,
    articleHint: hinted ? renderHtml(articleFilePreload(base, item)) : '',
    shardHint: hinted ? renderHtml(idShardPreload(base, entry, item)) : '',
    imageHint: hinted && image ? renderHtml(headImagePreload(image)) : '',
    categoryFeedHint: category ? renderHtml(feedLink(base ?? '/', category, 'atom')) : '',
  }
  let html = renderPage(template, item, input, title, excerpt, hints)
  // Over budget, in order: drop the id shard's hint (the app looks it up a little later), the
  // feeds' links (the home page names them too), shorten the excerpt, drop the header image's
  // hint (it loads when the article renders), drop the article file's hint (no first paint
  // then), shorten the title.
  while (Buffer.byteLength(html) > SHARE_PAGE_MAX_BYTES) {
    const e = [...excerpt].length
    const t = [...title].length
    if (hints.shard) hints.shard = false
    else if (hints.categoryFeed) hints.categoryFeed = false
    else if (hints.siteFeed) hints.siteFeed = false
    else if (e > 40) excerpt = truncate(excerpt, e - 10)
    else if (hints.image) hints.image = false
    else if (hints.article) hints.article = false
    else if (t > 30) title = truncate(title, t - 10)
    else break
    html = renderPage(template, item, input, title, excerpt, hints)
  }
  return html
}

/**
 * Writes `article/<id>.html` for every article: flat files, which sirv, Netlify, Cloudflare Pages,
 * GitHub Pages and nginx (`try_files $uri $uri.html`) all serve at `/article/<id>`.
 */
export async function writeSharePages(
  siteDir: string,
  entry: Entry,
  items: readonly ArticleSummary[],
  input: SharePageInput,
): Promise<number> {
  const dir = join(siteDir, 'article')
  await mkdir(dir, { recursive: true })
  // What every share page loads is in the template once; each page adds its file and id shard.
  const template = sharePageTemplate(input)
  input = { ...input, entry }
  await pMap(
    items,
    (item) => writeFile(join(dir, `${item.id}.html`), sharePage(item, input, template)),
    { concurrency: CONCURRENCY },
  )
  return items.length
}
