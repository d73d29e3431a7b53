import type { LoaderFunctionArgs, RouteObject } from 'react-router'
import { redirect } from 'react-router'
import { calendarQueryOptions } from '../lib/api/get-calendar'
import { entryQueryOptions } from '../lib/api/get-entry'
import { treeQueryOptions } from '../lib/api/get-tree'
import { notFound } from '../lib/not-found'
import { appPathname, paths, routePatterns } from '../lib/paths'
import { queryClient } from '../lib/query-client'
import { AppSkeleton } from './app-skeleton'
import { Layout } from './layout'
import { RootError, RouteError } from './route-error'
import { wideEnoughForColumns } from './use-media-query'

async function rootLoader() {
  const entry = await queryClient.ensureQueryData(entryQueryOptions())
  // Start the side columns' data early without making any page wait for it.
  if (wideEnoughForColumns()) {
    void queryClient.prefetchQuery(treeQueryOptions(entry.tree))
    void queryClient.prefetchQuery(calendarQueryOptions(entry.calendar))
  }
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
      Component: Layout,
      ErrorBoundary: RootError,
      HydrateFallback: AppSkeleton,
      children: [
        {
          // Pathless: a failing page (or a route module that fails to load) renders inside the layout.
          ErrorBoundary: RouteError,
          children: [
            { index: true, lazy: () => import('../features/latest/routes/latest-route') },
            {
              path: routePatterns.category,
              lazy: () => import('../features/categories/routes/category-route'),
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
