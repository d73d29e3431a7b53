/**
 * What the service worker wants from the reader, as a tiny store: the update notice reads it,
 * register-sw.ts writes it. No Workbox import here, so tests can render the layout.
 */
export interface SwState {
  /** A new version is installed and waiting; `reload` hands over to it and reloads once. */
  update: { reload: () => void } | null
}

let state: SwState = { update: null }
const listeners = new Set<() => void>()

export const swStore = {
  get: (): SwState => state,
  set(next: SwState) {
    state = next
    for (const listener of listeners) listener()
  },
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}
