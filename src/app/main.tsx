import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { routerBasename } from '../lib/paths'
import { queryClient } from '../lib/query-client'
import { AppProviders } from './providers'
import { reloadOnPreloadError } from './pwa/preload-error'
import { createRoutes } from './router'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'

// PWA (issue 4): recover from chunks a deploy removed; the worker loads off the critical path.
reloadOnPreloadError()
void import('./pwa/register-sw').then((m) => m.registerServiceWorker())

const router = createBrowserRouter(createRoutes(), { basename: routerBasename })

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppProviders client={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  )
}
