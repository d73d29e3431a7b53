import { mkdir, writeFile } from 'node:fs/promises'
import type { AnyNode, ChildNode, Document, Element } from 'domhandler'
import { Comment, isTag } from 'domhandler'
import { filter, prepend, removeElement } from 'domutils'
import pMap from 'p-map'
import { join } from 'node:path'
import type { ArticleSummary, Entry, ListPage, SiteInfo } from '../../bundle/format'
import { PAGE_SIZE } from '../../bundle/format'
import { BUNDLE_DIR, bundlePaths, pageCount } from '../../bundle/paths'
import type { ViteManifest } from './preload-links'
import { readBundleJson } from '../write/bundle-file'
import { compactCsp, CSP_DIRECTIVES, CSP_META, formatCsp } from './csp'
import {
  APP_SCRIPT,
  ARTICLE_ROUTE,
  articleFilePreload,
  firstPaintAssets,
  idShardPreload,
  routeAssets,
} from './preload-links'
import type { Template } from '../html/html-tree'
import { compileTemplate, findElement, findElements, matching, parseHtml } from '../html/html-tree'
import { element, renderHtml } from '../html/markup'

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

/** What a share page leaves out of index.html (see `slimIndexHtml`). */
const NOT_FOR_SHARE_PAGES = [
  matching('meta', { name: 'theme-color' }),
  matching('link', { rel: 'apple-touch-icon' }),
  matching('link', { rel: 'manifest' }),
  matching('noscript'),
]

/** Same-origin scripts and styles: `crossorigin` changes nothing there. (The data preloads keep
 * theirs: fetch() requests are CORS requests.) */
const SAME_ORIGIN = [
  matching('script'),
  matching('link', { rel: 'stylesheet' }),
  matching('link', { rel: 'modulepreload' }),
]

/**
 * index.html without what a share page can do without: comments, white space between tags, extra
 * icons, noscript, the web app manifest (nobody installs the app from a link preview; the app's
 * own pages carry it) and the optional `/` of void tags. 100,000 pages make every byte count 100 KB.
 */
function slimIndexTree(html: string): Document {
  const page = parseHtml(html)
  const drop = (node: AnyNode) =>
    node.type === 'comment' ||
    (node.type === 'text' && node.data.trim() === '') ||
    (isTag(node) && NOT_FOR_SHARE_PAGES.some((test) => test(node)))
  for (const node of filter(drop, page)) removeElement(node as ChildNode)
  for (const tag of findElements(page, (node) => SAME_ORIGIN.some((test) => test(node))))
    delete tag.attribs.crossorigin
  // The icon's type is sniffed.
  const [icon] = findElements(page, matching('link', { rel: 'icon' }))
  if (icon) delete icon.attribs.type
  return page
}

export const slimIndexHtml = (html: string): string => renderHtml(slimIndexTree(html).children)

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

/** A random stand-in the archive used when a post had no picture: no preview is better. */
const isPlaceholder = (src: string) => /^https?:\/\/picsum\.photos\//i.test(src)

function imageUrl(src: string | undefined, pageUrl: string | undefined): string | undefined {
  if (!src || isPlaceholder(src)) return undefined
  if (/^https?:\/\//i.test(src)) return src
  return pageUrl ? new URL(src, pageUrl).href : undefined
}

/** Which of its own hints a page keeps; they are the first thing to go when it is too big. */
interface Hints {
  article: boolean
  shard: boolean
  articleHint: string
  shardHint: string
}

const meta = (key: 'name' | 'property', name: string, content: string) =>
  element('meta', { [key]: name, content })

/** The same on every page. */
const OG_TYPE = renderHtml(meta('property', 'og:type', 'article'))
const TWITTER_CARD = renderHtml(meta('name', 'twitter:card', 'summary_large_image'))

/** A share page's own parts, and the place of each in the template. */
type Hole = 'head' | 'article' | 'shard' | 'root'
export type SharePageTemplate = Template<Hole>

function renderPage(
  template: SharePageTemplate,
  item: ArticleSummary,
  input: SharePageInput,
  title: string,
  excerpt: string,
  hints: Hints,
): string {
  const url = input.siteRoot ? `${input.siteRoot}article/${encodeURIComponent(item.id)}` : undefined
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
    ]),
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
    article: hints.article ? hints.articleHint : '',
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
  let excerpt = item.excerpt
  const { entry, base } = input
  const hinted = entry !== undefined && base !== undefined
  const hints: Hints = {
    article: true,
    shard: true,
    articleHint: hinted ? renderHtml(articleFilePreload(base, item)) : '',
    shardHint: hinted ? renderHtml(idShardPreload(base, entry, item)) : '',
  }
  let html = renderPage(template, item, input, title, excerpt, hints)
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
    html = renderPage(template, item, input, title, excerpt, hints)
  }
  return html
}

/**
 * The page every share page starts from: index.html slimmed, in the site's language, the shorter
 * policy, then ahead of the app's script the article route's styles and chunk, a place for the
 * article file's hint and the first paint's module. All before boot.js, which holds back whatever
 * follows it.
 */
export function sharePageTemplate(input: SharePageInput): SharePageTemplate {
  const page = slimIndexTree(input.indexHtml)
  const html = findElement(page, matching('html'), '<html>')
  html.attribs.lang = input.site.language
  const [csp] = findElements(page, CSP_META)
  if (csp && csp.attribs.content === formatCsp(CSP_DIRECTIVES))
    csp.attribs.content = compactCsp(CSP_DIRECTIVES)
  // The article file's hint goes first among them, since the first paint waits for it.
  const article = new Comment('article')
  if (input.base !== undefined) {
    const script = findElement(page, APP_SCRIPT, 'module script')
    const hints = [
      ...(input.manifest ? routeAssets(input.manifest, ARTICLE_ROUTE, input.base) : []),
      article,
      ...(input.manifest ? firstPaintAssets(input.manifest, input.base) : []),
    ]
    for (const hint of hints) prepend(script, hint)
  }
  return compileTemplate<Hole>(page, {
    head: { replace: findElement(page, matching('title'), '<title>') },
    ...(input.base !== undefined ? { article: { replace: article } } : {}),
    shard: { append: findElement(page, matching('head'), '<head>') },
    root: { replace: findElement(page, matching('div', { id: 'root' }), '<div id="root">') },
  } as Record<Hole, { replace: ChildNode } | { append: Element }>)
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
  const template = sharePageTemplate(input)
  input = { ...input, entry }
  await pMap(
    items,
    (item) => writeFile(join(dir, `${item.id}.html`), sharePage(item, input, template)),
    { concurrency: CONCURRENCY },
  )
  return items.length
}
