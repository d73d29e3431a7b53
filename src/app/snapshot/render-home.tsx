/**
 * Server entry, built by the site build only (src/builder/site/home-snapshot.ts): renders the home
 * page's first list page with the app's own routes and components into static HTML. index.html
 * shows it until the app has started, so the first paint waits for no JavaScript (issue 5: LCP).
 */
import { renderToStaticMarkup } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import type { Entry, ListPage } from '../../bundle/format'
import { entryQueryOptions } from '../../lib/api/get-entry'
import { listPageQueryOptions } from '../../lib/api/get-list-page'
import type { Locale } from '../../lib/i18n/locale'
import { pickLocale } from '../../lib/i18n/locale'
import { routerBasename } from '../../lib/core/paths'
import { queryClient } from '../../lib/query-client'
import { AppProviders } from '../providers'
import { createRoutes } from '../router'
import { setServerMediaMatches } from '../use-media-query'

export interface HomeSnapshot {
  /** The layout with the tree and calendar columns (wide screens). */
  wide: string
  /** The one-column layout with the drawer button (phones). */
  narrow: string
  /** The locale it is in: the site's. A reader who chose another one gets no snapshot. */
  locale: Locale
}

async function render(entry: Entry, firstPage: ListPage, wide: boolean): Promise<string> {
  // The route loaders read the app's one client: give it the data instead of a network.
  queryClient.clear()
  queryClient.setQueryData(entryQueryOptions().queryKey, entry)
  queryClient.setQueryData(listPageQueryOptions(entry.latest, 1).queryKey, firstPage)
  setServerMediaMatches(wide)
  const handler = createStaticHandler(createRoutes(), { basename: routerBasename })
  const base = routerBasename === '/' ? '/' : `${routerBasename}/`
  const context = await handler.query(new Request(new URL(base, 'http://snapshot.invalid')))
  if (context instanceof Response)
    throw new Error(`home snapshot: the home route answered ${context.status}`)
  if (context.errors) throw new Error(`home snapshot: ${JSON.stringify(context.errors)}`)
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToStaticMarkup(
    <AppProviders client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  )
  // React 19 renders <title> in place: the document has its own. Link hints are for the client.
  // Thumbnails keep their box but wait for the app, which hides the ones that fail to load.
  // One main landmark and one #main per page: the app's.
  return html
    .replace(/<title>[^<]*<\/title>/g, '')
    .replace(/ data-discover="true"/g, '')
    .replace(/<main id="main" /g, '<div ')
    .replace(/<\/main>/g, '</div>')
    .replace(
      /<a [^>]*class="entry-thumb"[^>]*>[\s\S]*?<\/a>/g,
      '<span class="entry-thumb" aria-hidden="true"></span>',
    )
}

export async function renderHomeSnapshot(entry: Entry, firstPage: ListPage): Promise<HomeSnapshot> {
  // Node 20 has no navigator; the locale falls back to the site's language either way.
  const g = globalThis as { navigator?: unknown }
  g.navigator ??= { language: entry.site.language, onLine: true }
  try {
    return {
      wide: await render(entry, firstPage, true),
      narrow: await render(entry, firstPage, false),
      locale: pickLocale(null, entry.site.language, entry.site.language),
    }
  } finally {
    queryClient.clear()
  }
}
