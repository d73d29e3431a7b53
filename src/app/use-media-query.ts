import { useSyncExternalStore } from 'react'

// Without matchMedia (tests, old engines) assume a wide screen: everything is rendered.
const query = (q: string) => (typeof window.matchMedia === 'function' ? window.matchMedia(q) : null)

// The home snapshot (src/app/snapshot) renders both layouts at build time.
let serverMatches = true
export const setServerMediaMatches = (matches: boolean) => {
  serverMatches = matches
}

export function useMediaQuery(q: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mql = query(q)
      mql?.addEventListener('change', onChange)
      return () => mql?.removeEventListener('change', onChange)
    },
    () => query(q)?.matches ?? true,
    () => serverMatches,
  )
}
