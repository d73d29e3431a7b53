import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
// From /dom: a navigation can then ask for a synchronous render (`flushSync`).
import { RouterProvider } from 'react-router/dom'
import { routerBasename } from '../lib/core/paths'
import { queryClient } from '../lib/query-client'
import { AppProviders } from './providers'
import { reloadOnPreloadError } from './pwa/preload-error'
import { registerServiceWorker } from './pwa/register-sw'
import { createRoutes } from './router'
import './styles/base.css'
import './styles/layout.css'
import './styles/drawer.css'
import './styles/lists.css'
import './styles/panels.css'
import './styles/skeletons.css'

// PWA (issue 4): recover from chunks a deploy removed. The worker registers once the page has
// loaded and gone idle, so its install (which fetches the precache) never competes with the first
// list. Its code sits in the shell: as a chunk of its own it cost more bytes and a request.
reloadOnPreloadError()
window.addEventListener('load', () => afterIdle(registerServiceWorker), { once: true })

function afterIdle(task: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 2000 })
  else setTimeout(task, 200)
}

// The reader chose Simplified or Traditional display (boot.js read it): the converter loads now.
const script = document.documentElement.dataset.script
if (script === 'hans' || script === 'hant')
  void import('../lib/script-display/convert-page').then((m) => m.showScript(script))

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
