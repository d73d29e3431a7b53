import { trustedScriptUrl } from './trusted-script-url'
import { swStore } from './sw-state'
import { warmCache } from './warm-cache'

/** How often an open tab asks for a new version, besides when it comes back into view. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/**
 * Registers the service worker (production only) in prompt mode: a new version waits until the
 * reader chooses to reload, so nothing reloads under someone who is reading. Plain
 * navigator.serviceWorker rather than workbox-window: the home page's JavaScript budget is tight.
 */
export function registerServiceWorker(): void {
  // Which build this page runs, for support and for the update test; CI may set VITE_APP_VERSION.
  document.documentElement.dataset.appVersion = String(
    import.meta.env.VITE_APP_VERSION ?? 'unversioned',
  )
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const container = navigator.serviceWorker
  const base = import.meta.env.BASE_URL
  // The first visit ran before the worker took control: cache what it already fetched.
  if (!container.controller)
    container.addEventListener('controllerchange', warmCache, { once: true })

  const offer = (waiting: ServiceWorker) =>
    swStore.set({
      update: {
        reload: () => {
          container.addEventListener('controllerchange', () => window.location.reload(), {
            once: true,
          })
          // Workbox's generated worker skips waiting on this message.
          waiting.postMessage({ type: 'SKIP_WAITING' })
        },
      },
    })

  // Under Trusted Types, register() refuses a plain string (see the CSP's `broadsheet-sw` policy);
  // TypeScript's DOM lib has no Trusted Types, hence the cast.
  const url = trustedScriptUrl(`${base}sw.js`) as unknown as string
  container
    .register(url, { scope: base })
    .then((registration) => {
      if (registration.waiting && container.controller) offer(registration.waiting)
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing
        installing?.addEventListener('statechange', () => {
          // Installed while an older version controls the page: it waits for the reader.
          if (installing.state === 'installed' && container.controller) offer(installing)
        })
      })
      const check = () => void registration.update().catch(() => undefined)
      setInterval(check, UPDATE_CHECK_MS)
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check()
      })
    })
    .catch(() => undefined)
}
