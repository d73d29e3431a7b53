import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { inThread } from '../workers/in-thread'
import type { Entry, ListPage, SiteInfo } from '../../bundle/format'
import { BUNDLE_DIR, bundlePaths } from '../../bundle/paths'
import { readBundleJson } from '../write/bundle-file'
import { HtmlEditor, matching } from '../html/html-tree'
import { element, wrapHtml } from '../html/markup'
import { atBase } from '../app-kit/kit-paths'

/** What src/app/snapshot/render-home.tsx exports (not imported: the builder never loads app code directly; a worker does). */
interface Renderer {
  renderHomeSnapshot(
    entry: Entry,
    firstPage: ListPage,
  ): Promise<{ wide: string; narrow: string; locale: string }>
}

export interface Snapshot {
  html: string
  locale: string
}

/**
 * Renders the home page's first list page with the app's own components: the prebuilt app's
 * renderer, a Vite SSR build of src/app/snapshot/render-home.tsx (which Node cannot import as it
 * is: TSX and CSS imports) with its dependencies inside.
 */
export async function renderHomeSnapshot(
  rendererPath: string,
  siteDir: string,
  entry: Entry,
  base: string,
): Promise<Snapshot | null> {
  if (entry.counts.articles === 0) return null
  const firstPage = await readBundleJson<ListPage>(
    join(siteDir, BUNDLE_DIR, bundlePaths.listPage(entry.latest, 1)),
  )
  const rendered = await inThread<Awaited<ReturnType<Renderer['renderHomeSnapshot']>>>(
    new URL('./render-home-worker.mjs', import.meta.url),
    { rendererUrl: pathToFileURL(rendererPath).href, entry, firstPage },
    "the home page's renderer",
  )
  // The renderer was built under the prebuilt app's placeholder base.
  const underBase = (html: string) => atBase(html, base)
  const { locale } = rendered
  // Inert and hidden from assistive technology: a picture of the page, to read, not to use;
  // the app replaces it as soon as it has started (see boot.js and useDropSnapshot).
  const html = wrapHtml(
    'div',
    { id: 'snapshot', inert: true, 'aria-hidden': 'true' },
    wrapHtml('div', { class: 'snapshot-wide' }, underBase(rendered.wide)) +
      wrapHtml('div', { class: 'snapshot-narrow' }, underBase(rendered.narrow)),
  )
  return { html, locale }
}

/**
 * The home page's description for search engines and link previews: `_config.yml`'s
 * `description`, else the site's title.
 */
export function withDescription(indexHtml: string, site: SiteInfo): string {
  const page = new HtmlEditor(indexHtml)
  const text = site.description ?? site.title
  page.insertBefore(page.find(matching('title'), '<title>'), [
    element('meta', { name: 'description', content: text }),
  ])
  return page.toString()
}

/** index.html with the snapshot before the app's root, in the site's language, and its locale for boot.js. */
export function withSnapshot(
  indexHtml: string,
  snapshot: Snapshot | null,
  language: string,
): string {
  if (!snapshot) return indexHtml
  const page = new HtmlEditor(indexHtml)
  page.setAttributes(page.find(matching('html'), '<html>'), {
    // A language tag has letters, digits and hyphens only; boot.js compares it as it is.
    lang: language.replace(/[^\w-]/g, ''),
    'data-snapshot': snapshot.locale,
  })
  page.insertBefore(page.find(matching('div', { id: 'root' }), '<div id="root">'), snapshot.html)
  return page.toString()
}
