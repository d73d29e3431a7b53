/**
 * The article page as plain DOM, for the first paint on share pages (see main.ts): the same
 * elements and classes as AppSkeleton's shell and ArticleView's hero, header and body, so the
 * app's own render takes the same boxes. article-dom.test.ts holds the two in step.
 */
import type { Article, CategoryPath, SiteInfo } from '../bundle/format'
import { dateEvidenceKey, formatArticleDate } from '../lib/article-core/format-article-date'
import type { Locale } from '../lib/core/translate'
import { translate } from '../lib/core/translate'
import { paths, routerBasename } from '../lib/core/paths'
import { sanitizeToTrusted } from '../sanitize/dompurify'
import type { BodyLabels } from '../lib/article-core/enhance-body'
import { createImageFallback, enhanceBody, setFallbackText } from '../lib/article-core/enhance-body'
import { messages } from '../lib/article-core/messages'
import { articlePresentation, readingMinutes } from '../lib/article-core/reading'
import { canonicalUrl } from '../lib/article-core/canonical-url'
import type { TocEntry } from '../lib/article-core/toc-entries'
import { MIN_TOC_ENTRIES, tocEntriesIn } from '../lib/article-core/toc-entries'

type Child = Node | string | false | null | undefined

function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]) {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs))
    if (value !== undefined) el.setAttribute(name, value)
  for (const child of children) if (child) el.append(child)
  return el
}

const repeat = (n: number, make: () => Node) => Array.from({ length: n }, make)

/** A link's href as react-router's <Link> writes it: the basename in front. */
const href = (path: string) => (routerBasename === '/' ? path : `${routerBasename}${path}`)

/** AppSkeleton's layout around `main`: masthead, and on wide screens the two side columns. */
export function shell(main: Node, wide: boolean): HTMLElement {
  const tree = h(
    'div',
    { class: 'skeleton-tree', 'aria-hidden': 'true' },
    ...repeat(7, () => h('span', { class: 'skeleton-line' })),
  )
  const calendar = h(
    'div',
    { class: 'skeleton-calendar', 'aria-hidden': 'true' },
    h('span', { class: 'skeleton-line heading' }),
    h(
      'div',
      { class: 'skeleton-grid' },
      ...repeat(35, () => h('span', { class: 'skeleton-cell' })),
    ),
  )
  return h(
    'div',
    { class: 'app' },
    h(
      'header',
      { class: 'masthead' },
      h(
        'div',
        { class: 'masthead-inner' },
        h('span', { class: 'skeleton-line site-title-skeleton', 'aria-hidden': 'true' }),
      ),
    ),
    h(
      'div',
      { class: 'columns' },
      wide && h('div', { class: 'col-tree' }, tree),
      h('div', { class: 'col-main' }, main),
      wide && h('div', { class: 'col-archive' }, calendar),
    ),
  )
}

function heroImage(image: NonNullable<Article['headImage']>, labels: BodyLabels): HTMLElement {
  const img = h('img', {
    src: image.src,
    alt: image.caption ?? '',
    width: image.width?.toString(),
    height: image.height?.toString(),
    referrerpolicy: 'no-referrer',
    decoding: 'async',
    fetchpriority: 'high',
  })
  // What HeaderImage shows once its image fails: the same box, so the app's takes its place.
  img.addEventListener('error', () => {
    const box = createImageFallback(document, image.src)
    setFallbackText(box, labels)
    img.replaceWith(box)
  })
  return h(
    'figure',
    { class: 'article-hero' },
    h('div', { class: 'article-hero__frame' }, img),
    image.caption && h('figcaption', {}, image.caption),
  )
}

function breadcrumb(path: CategoryPath, label: string): HTMLElement {
  const items = path.map((name, i) =>
    h('li', {}, h('a', { href: href(paths.category(path.slice(0, i + 1))) }, name)),
  )
  return h('nav', { class: 'article-breadcrumb', 'aria-label': label }, h('ol', {}, ...items))
}

/** ArticleHeader: breadcrumb, headline and the meta line. */
export function articleHeader(article: Article, timeZone: string, locale: Locale, cjk: boolean) {
  const t = (key: keyof (typeof messages)['en'], vars?: Record<string, string | number>) =>
    translate(messages, locale, key, vars)
  const [primary, ...others] = article.categories
  const date = formatArticleDate(article.date, timeZone, locale, article.dateEstimated === 'url')
  const evidence = article.dateEstimated && t(dateEvidenceKey(article.dateEstimated))
  return h(
    'header',
    { class: 'article-header' },
    primary && primary.length > 0 && breadcrumb(primary, t('breadcrumb')),
    h('h1', { class: 'article-title', tabindex: '-1' }, article.title),
    h(
      'div',
      { class: 'article-meta' },
      h(
        'p',
        { class: 'article-meta__items' },
        date && h('time', { datetime: article.date }, date),
        evidence &&
          h(
            'span',
            { class: 'article-date-estimated', title: evidence },
            t('dateEstimated'),
            h('span', { class: 'visually-hidden' }, t('dateEvidence', { why: evidence })),
          ),
        article.author && h('span', {}, t('by', { name: article.author })),
        h('span', {}, t('readingTime', { n: readingMinutes(article.textLength, cjk) })),
        ...others.map((path) => h('a', { href: href(paths.category(path)) }, path.join(' › '))),
      ),
    ),
  )
}

/** TableOfContents: both forms, the stylesheet showing the one that fits. */
function contents(entries: readonly TocEntry[], label: string): HTMLElement[] {
  const list = () =>
    h(
      'ol',
      { class: 'article-toc__list' },
      ...entries.map((entry) =>
        h(
          'li',
          { class: entry.depth > 0 ? 'article-toc__sub' : undefined },
          h('a', { href: `#${entry.id}` }, entry.text),
        ),
      ),
    )
  return [
    h(
      'nav',
      { class: 'article-toc article-toc--side', 'aria-label': label },
      h(
        'div',
        { class: 'article-toc__inner' },
        h('h2', { class: 'article-toc__title' }, label),
        list(),
      ),
    ),
    h(
      'nav',
      { class: 'article-toc article-toc--inline', 'aria-label': label },
      h('details', {}, h('summary', { class: 'article-toc__title' }, label), list()),
    ),
  ]
}

/** The body's first screen is all the first paint needs; the app renders the whole of it. */
const FIRST_SCREEN_CHARS = 12_000

/** The start of the body, cut before a tag: before an iframe (the app loads players once). */
export function firstScreen(html: string): string {
  const frame = html.search(/<iframe/i)
  let end = frame >= 0 ? frame : html.length
  if (end > FIRST_SCREEN_CHARS) {
    const tag = html.indexOf('<', FIRST_SCREEN_CHARS)
    end = tag >= 0 ? Math.min(end, tag) : end
  }
  return html.slice(0, end)
}

/**
 * ArticleView without its footer: hero, header and the start of the sanitized body. `pause`
 * runs between the steps (sanitizing, then the header's date format, about 30 and 50 ms on a
 * slow phone): given a yield to the browser, no step is a long task on its own.
 */
export async function articleView(
  article: Article,
  site: SiteInfo,
  locale: Locale,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<HTMLElement> {
  const { lang, cjk, head } = articlePresentation(article, site)
  const unavailable = translate(messages, locale, 'imageUnavailable')
  const openOriginal = translate(messages, locale, 'openOriginal')
  const body = h('div', { class: 'article-body' })
  // Sanitized here as ArticleBody does: the same policy, through the same Trusted Types policy.
  body.innerHTML = sanitizeToTrusted(firstScreen(article.html)) as string
  enhanceBody(body, { headImageSrc: article.headImage?.src, labels: { unavailable, openOriginal } })
  await pause()
  const header = articleHeader(article, site.timezone, locale, cjk)
  await pause()
  const t = (key: 'contents' | 'printedFrom', vars?: Record<string, string>) =>
    translate(messages, locale, key, vars)
  // From the first screen: a long body's later headings are missing here, so the contents can
  // be shorter (or, with fewer than three headings in it, absent) until the app takes over.
  const entries = tocEntriesIn(body)
  const toc = entries.length >= MIN_TOC_ENTRIES
  return h(
    'article',
    { class: toc ? 'article has-toc' : 'article', lang },
    head && heroImage(head, { unavailable, openOriginal }),
    header,
    h('p', { class: 'article-printed-from' }, t('printedFrom', { url: canonicalUrl(article.id) })),
    ...(toc ? contents(entries, t('contents')) : []),
    body,
  )
}
