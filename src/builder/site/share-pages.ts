import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleSummary, Entry, ListPage, SiteInfo } from '../../bundle/format'
import { PAGE_SIZE } from '../../bundle/format'
import { BUNDLE_DIR, bundlePaths, pageCount } from '../../bundle/paths'
import { isPlaceholderImage } from '../../bundle/placeholder-image'
import type { ViteManifest } from './preload-links'
import { escapeHtml } from '../html/escape-html'
import { readBundleJson } from '../write/bundle-file'
import { compactCsp, CSP_DIRECTIVES, cspMeta, formatCsp } from './csp'
import { ARTICLE_ROUTE } from '../vite/app-layout'
import {
  articleFilePreload,
  firstPaintAssets,
  idShardPreload,
  routeAssets,
  withHints,
} from './preload-links'

/** One page per article, so each must stay small: 100,000 of them are 300 MB at this size. */
export const SHARE_PAGE_MAX_BYTES = 3 * 1024

/** Files written at once: enough to keep the disk busy without a flood of open handles. */
const CONCURRENCY = 32

export interface SharePageInput {
  /** The built index.html: its scripts and styles boot the app from the share page too. */
  indexHtml: string
  site: SiteInfo
  /** Absolute URL of the site's root (with the base), ending in `/`; without it, no absolute-URL tags. */
  siteRoot?: string
  /** The public path, and Vite's build manifest: with both, pages preload what opening the article needs. */
  base?: string
  manifest?: ViteManifest
  /** Built from the two above by writeSharePages. */
  entry?: Entry
}

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
 * index.html without what a share page can do without: comments, whitespace, extra icons,
 * noscript, the web app manifest (nobody installs the app from a link preview; the app's own
 * pages carry it) and the optional `/` of void tags. 100,000 pages make every byte count 100 KB.
 */
export function slimIndexHtml(html: string): string {
  return (
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<meta name="theme-color"[^>]*>/g, '')
      .replace(/<link rel="apple-touch-icon"[^>]*>/g, '')
      .replace(/<link rel="manifest"[^>]*>/g, '')
      .replace(/<noscript>[\s\S]*?<\/noscript>/g, '')
      // Same-origin scripts and styles: `crossorigin` changes nothing there, and the icon's type
      // is sniffed. (The data preloads keep theirs: fetch() requests are CORS requests.)
      .replace(/(<(?:script|link rel="(?:stylesheet|modulepreload)") [^>]*?)crossorigin /g, '$1')
      .replace(/(<link rel="icon") type="image\/svg\+xml"/, '$1')
      .replace(/\s*\/>/g, '>')
      .replace(/>\s+</g, '><')
      .trim()
  )
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

/** Where a page's article file hint goes: first, since the first paint waits for it. */
const ARTICLE_HINT = '<!--article-->'

/** Which of its own hints a page keeps; they are the first thing to go when it is too big. */
interface Hints {
  article: boolean
  shard: boolean
}

function renderPage(
  slim: string,
  item: ArticleSummary,
  input: SharePageInput,
  title: string,
  excerpt: string,
  hints: Hints,
): string {
  const url = input.siteRoot ? `${input.siteRoot}article/${encodeURIComponent(item.id)}` : undefined
  const image = imageUrl(item.thumbnail, url)
  const t = escapeHtml(title)
  const d = escapeHtml(excerpt)
  const short = escapeHtml(previewText(excerpt))
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: item.date,
    ...(image ? { image: [image] } : {}),
    ...(url ? { mainEntityOfPage: url } : {}),
    ...(item.author ? { author: { '@type': 'Person', name: item.author } } : {}),
  }).replace(/</g, '\\u003c')
  const head = [
    `<title>${t} · ${escapeHtml(input.site.title)}</title>`,
    `<meta name="description" content="${d}">`,
    url && `<link rel="canonical" href="${escapeHtml(url)}">`,
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${t}">`,
    `<meta property="og:description" content="${short}">`,
    url && `<meta property="og:url" content="${escapeHtml(url)}">`,
    image && `<meta property="og:image" content="${escapeHtml(image)}">`,
    `<meta property="article:published_time" content="${escapeHtml(item.date)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    // A data block, never executed: the CSP's script-src does not apply to it.
    `<script type="application/ld+json">${jsonLd}</script>`,
  ]
  // React replaces this with the app; crawlers and slow starts see the title and excerpt.
  const body = `<div id="root"><article class="share-preview"><h1>${t}</h1><p>${d}</p></article></div>`
  const { entry, base } = input
  const hinted = entry !== undefined && base !== undefined
  const article = hinted && hints.article ? articleFilePreload(base, item) : ''
  const shard = hinted && hints.shard ? idShardPreload(base, entry, item) : ''
  return slim
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(input.site.language)}">`)
    .replace(/<title>[\s\S]*?<\/title>/, () => head.filter(Boolean).join(''))
    .replace(ARTICLE_HINT, () => article)
    .replace('</head>', () => `${shard}</head>`)
    .replace('<div id="root"></div>', () => body)
}

/** The static HTML entry for one article: the tags link previews read, then the app's own boot. */
export function sharePage(
  item: ArticleSummary,
  input: SharePageInput,
  slim = sharePageTemplate(input),
): string {
  let title = item.title
  let excerpt = item.excerpt
  const hints: Hints = { article: true, shard: true }
  let html = renderPage(slim, item, input, title, excerpt, hints)
  // Over budget, in order: drop the id shard's hint (the app looks it up a little later), shorten
  // the excerpt, drop the article file's hint (no first paint then), shorten the title.
  while (Buffer.byteLength(html) > SHARE_PAGE_MAX_BYTES) {
    const e = [...excerpt].length
    const t = [...title].length
    if (hints.shard) hints.shard = false
    else if (e > 40) excerpt = truncate(excerpt, e - 10)
    else if (hints.article) hints.article = false
    else if (t > 30) title = truncate(title, t - 10)
    else break
    html = renderPage(slim, item, input, title, excerpt, hints)
  }
  return html
}

/**
 * The page every share page starts from: index.html slimmed, then ahead of the app's script the
 * article route's styles and chunk, a place for the article file's hint and the first paint's
 * module. All before boot.js, which holds back whatever follows it.
 */
export function sharePageTemplate(input: SharePageInput): string {
  let slim = slimIndexHtml(input.indexHtml).replace(cspMeta(formatCsp(CSP_DIRECTIVES)), () =>
    cspMeta(compactCsp(CSP_DIRECTIVES)),
  )
  if (input.base === undefined) return slim
  if (input.manifest) slim = withHints(slim, routeAssets(input.manifest, ARTICLE_ROUTE, input.base))
  const firstPaint = input.manifest ? firstPaintAssets(input.manifest, input.base) : ''
  return withHints(slim, `${ARTICLE_HINT}${firstPaint}`)
}

/** Every summary of the latest list (all articles, newest first), read back from the bundle folder. */
async function readLatest(siteDir: string, entry: Entry): Promise<ArticleSummary[]> {
  const pages = entry.counts.articles === 0 ? 0 : pageCount(entry.latest, PAGE_SIZE)
  const items: ArticleSummary[] = []
  for (let page = 1; page <= pages; page++) {
    const file = join(siteDir, BUNDLE_DIR, bundlePaths.listPage(entry.latest, page))
    const list = await readBundleJson<ListPage>(file)
    items.push(...list.items)
  }
  return items
}

/**
 * Writes `article/<id>.html` for every article: flat files, which sirv, Netlify, Cloudflare Pages,
 * GitHub Pages and nginx (`try_files $uri $uri.html`) all serve at `/article/<id>`.
 */
export async function writeSharePages(
  siteDir: string,
  entry: Entry,
  input: SharePageInput,
): Promise<number> {
  const items = await readLatest(siteDir, entry)
  const dir = join(siteDir, 'article')
  await mkdir(dir, { recursive: true })
  // What every share page loads is in the template once; each page adds its file and id shard.
  const slim = sharePageTemplate(input)
  input = { ...input, entry }
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      if (item) await writeFile(join(dir, `${item.id}.html`), sharePage(item, input, slim))
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  return items.length
}
