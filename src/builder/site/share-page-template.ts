import type { AnyNode, ChildNode, Document } from 'domhandler'
import { Comment, isTag } from 'domhandler'
import { filter, prepend, removeElement } from 'domutils'
import type { Template } from '../html/html-tree'
import { compileTemplate, findElement, findElements, matching, parseHtml } from '../html/html-tree'
import { renderHtml } from '../html/markup'
import { compactCsp, CSP_DIRECTIVES, CSP_META, formatCsp } from '../vite/csp'
import { ARTICLE_ROUTE } from '../vite/app-layout'
import { APP_SCRIPT, firstPaintAssets, routeAssets } from './preload-links'
import type { SiteInfo, Entry } from '../../bundle/format'
import type { ViteManifest } from './preload-links'

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
  /** Each article's header image URL, by id: its page preloads it, as the article shows it. */
  headImages?: ReadonlyMap<string, string>
  /** The site's declared language: each page names itself as the page in it (`hreflang`). */
  hreflang?: string
  /** The site has feeds: each page links the site's and its first category's. */
  feeds?: boolean
}

/**
 * A share page's own parts: its head tags (in place of index.html's title), the article file's
 * hint, the id shard's hint (last in the head) and the preview in the app's root.
 */
type PagePart = 'head' | 'article' | 'shard' | 'root'
export type SharePageTemplate = Template<PagePart>

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
  for (const tag of findElements(page, (node) => SAME_ORIGIN.some((test) => test(node)))) {
    delete tag.attribs.crossorigin
    // The shell's low priority (script-priority-plugin.ts) is index.html's: a share page's 3 KB
    // holds the article's own hints, which its 20 bytes a tag would push out.
    delete tag.attribs.fetchpriority
  }
  // The icon's type is sniffed.
  const [icon] = findElements(page, matching('link', { rel: 'icon' }))
  if (icon) delete icon.attribs.type
  return page
}

export const slimIndexHtml = (html: string): string => renderHtml(slimIndexTree(html).children)

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
  return compileTemplate<PagePart>(page, {
    head: { replace: findElement(page, matching('title'), '<title>') },
    article: input.base !== undefined ? { replace: article } : undefined,
    shard: { append: findElement(page, matching('head'), '<head>') },
    root: { replace: findElement(page, matching('div', { id: 'root' }), '<div id="root">') },
  })
}
