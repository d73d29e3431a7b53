import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { routerBasename } from '../lib/paths'
import { queryClient } from '../lib/query-client'
import { AppProviders } from './providers'
import { createRoutes } from './router'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'

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
