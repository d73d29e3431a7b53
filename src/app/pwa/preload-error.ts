const RELOADED_AT = 'broadsheet.preloadReloadAt'
/** A second failure this soon after reloading means reloading does not help. */
const LOOP_GUARD_MS = 30_000

/**
 * After a deploy, an open page may ask for a lazily loaded chunk the server no longer has.
 * Reloading once picks up the new version; if that fails too, the route's error panel shows.
 */
export function reloadOnPreloadError(): void {
  window.addEventListener('vite:preloadError', (event) => {
    let last = 0
    try {
      last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0)
      if (Date.now() - last < LOOP_GUARD_MS) return
      sessionStorage.setItem(RELOADED_AT, String(Date.now()))
    } catch {
      // No session storage: without the guard a reload could loop, so let the error show.
      return
    }
    event.preventDefault()
    window.location.reload()
  })
}
