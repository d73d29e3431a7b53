/**
 * Share pages (article/<id>.html) run this before the app: it draws the article from the files
 * the page preloads, so a direct visit paints the text long before React has loaded (issue 5:
 * LCP on a slow phone). It shows as `#snapshot`, like the home snapshot, and the app's first
 * commit removes it (useDropSnapshot). It imports nothing of the app's shell chunk, so it runs
 * as soon as its own small chunks arrive; e2e/article-first-paint.spec.ts checks that.
 */
import { COLUMNS_QUERY } from '../lib/core/columns-query'
import { validateArticle } from '../bundle/validate'
import { readStoredLocale } from '../lib/core/settings-storage'
import { startEntryRequest } from '../lib/core/entry-request'
import { fetchJson } from '../lib/core/fetch-json'
import { pickLocale } from '../lib/core/translate'
import { appPathname, paths } from '../lib/core/paths'
import { articleView, shell } from './article-dom'

/** A new task: the work before it ends, so the browser can paint and handle input in between. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** The page's #root: an async module can run while the parser still waits on boot.js. */
function parsedRoot(): Promise<HTMLElement> {
  return new Promise((resolve) => {
    const found = () => document.getElementById('root')
    const root = found()
    if (root) return resolve(root)
    const observer = new MutationObserver(() => {
      const later = found()
      if (!later) return
      observer.disconnect()
      resolve(later)
    })
    observer.observe(document, { childList: true, subtree: true })
  })
}

async function firstPaint(): Promise<void> {
  const html = document.documentElement
  const file = document.querySelector<HTMLLinkElement>('link[data-article]')
  // No file to draw, or too late: the app is up (and has made its own requests).
  if (!file || html.hasAttribute('data-app')) return
  // The entry's request is the app's too; the article's, a preload the app's lookup then reuses.
  const [entry, article] = await Promise.all([
    startEntryRequest(),
    fetchJson(file.href, validateArticle),
  ])
  // Too late: the app is up. Or not this article's URL: a host served the page for another.
  if (html.hasAttribute('data-app')) return
  if (appPathname(window.location.href) !== paths.article(article.id)) return
  const locale = pickLocale(readStoredLocale(), entry.site.language, navigator.language)
  const view = await articleView(article, entry.site, locale, nextTask)
  if (html.hasAttribute('data-app')) return
  const wide = window.matchMedia(COLUMNS_QUERY).matches
  const snapshot = document.createElement('div')
  snapshot.id = 'snapshot'
  snapshot.inert = true
  snapshot.setAttribute('aria-hidden', 'true')
  snapshot.append(shell(view, wide))
  ;(await parsedRoot()).before(snapshot)
  html.setAttribute('data-show-snapshot', '')
}

// Only ever a head start: whatever fails here, the app loads the same files and reports it.
firstPaint().catch(() => undefined)
