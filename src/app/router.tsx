import type { LoaderFunctionArgs, RouteObject } from 'react-router'
import { redirect } from 'react-router'
import { entryQueryOptions } from '../lib/api/get-entry'
import * as latestRoute from '../features/latest/routes/latest-route'
import { notFound } from '../lib/not-found'
import { appPathname, paths, routePatterns } from '../lib/core/paths'
import { queryClient } from '../lib/query-client'
import { AppSkeleton } from './app-skeleton'
import { Layout } from './layout'
import { RootErrorBoundary, RouteErrorBoundary } from './error-boundaries'

async function rootLoader() {
  // Only the entry: the side columns' tree and calendar (14–16 KB gzipped at 100,000 posts) load
  // once the first page has painted (see useAfterFirstPaint), so they never compete with it.
  await queryClient.ensureQueryData(entryQueryOptions())
  return null
}

/** Any URL no route knows: an old Hexo permalink redirects to its article, anything else is a 404. */
async function unknownPathLoader({ request }: LoaderFunctionArgs) {
  // Loaded on demand so the article code stays out of the home bundle.
  const { resolveAlias } = await import('../features/article/api/resolve-alias')
  const id = await resolveAlias(queryClient, appPathname(request.url))
  if (id) return redirect(paths.article(id))
  throw notFound('path')
}

export function createRoutes(): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      loader: rootLoader,
      // Its one file is read once: a navigation needs no loader round for it, so one whose page
      // has nothing to load (a search refined in place) can render at once.
      shouldRevalidate: () => !queryClient.getQueryData(entryQueryOptions().queryKey),
      Component: Layout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: AppSkeleton,
      children: [
        {
          // Pathless: a failing page (or a route module that fails to load) renders inside the layout.
          ErrorBoundary: RouteErrorBoundary,
          children: [
            // The one route module in the shell: the home page's list then waits for no second script.
            { index: true, loader: latestRoute.loader, Component: latestRoute.Component },
            {
              path: routePatterns.category,
              lazy: () => import('../features/categories/routes/category-route'),
            },
            {
              path: routePatterns.tags,
              lazy: () => import('../features/tags/routes/tags-route'),
            },
            {
              path: routePatterns.tag,
              lazy: () => import('../features/tags/routes/tag-route'),
            },
            {
              path: routePatterns.archive,
              lazy: () => import('../features/archive/routes/archive-route'),
            },
            {
              path: routePatterns.archiveYear,
              lazy: () => import('../features/archive/routes/year-route'),
            },
            {
              path: routePatterns.archiveMonth,
              lazy: () => import('../features/archive/routes/month-route'),
            },
            {
              path: routePatterns.archiveDay,
              lazy: () => import('../features/archive/routes/day-route'),
            },
            {
              path: routePatterns.article,
              lazy: () => import('../features/article/routes/article-route'),
            },
            {
              path: routePatterns.settings,
              lazy: () => import('../features/settings/routes/settings-route'),
            },
            {
              path: routePatterns.search,
              lazy: () => import('../features/search/routes/search-route'),
            },
            {
              path: routePatterns.history,
              lazy: () => import('../features/history/routes/history-route'),
            },
            {
              path: routePatterns.saved,
              lazy: () => import('../features/saved/routes/saved-route'),
            },
            {
              path: routePatterns.notFound,
              loader: unknownPathLoader,
              lazy: { Component: async () => (await import('./not-found-page')).NotFoundPage },
            },
          ],
        },
      ],
    },
  ]
}
