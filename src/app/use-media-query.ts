import { useSyncExternalStore } from 'react'

interface Watched {
  /** The matchMedia it came from: a replaced one (tests stub it) starts a new list. */
  from: unknown
  mql: MediaQueryList | null
  subscribe: (onChange: () => void) => () => void
}

// One list and one subscribe per query: a new subscribe each render made React subscribe again
// on every navigation, and each matchMedia call evaluates the query anew.
const watched = new Map<string, Watched>()
function watch(q: string): Watched {
  // Without matchMedia (tests, old engines) assume a wide screen: everything is rendered.
  const from = typeof window === 'undefined' ? undefined : window.matchMedia
  let w = watched.get(q)
  if (!w || w.from !== from) {
    const mql = typeof from === 'function' ? window.matchMedia(q) : null
    w = {
      from,
      mql,
      subscribe: (onChange) => {
        mql?.addEventListener('change', onChange)
        return () => mql?.removeEventListener('change', onChange)
      },
    }
    watched.set(q, w)
  }
  return w
}

// The home snapshot (src/app/snapshot) renders both layouts at build time.
let serverMatches = true
export const setServerMediaMatches = (matches: boolean) => {
  serverMatches = matches
}

export function useMediaQuery(q: string): boolean {
  const { mql, subscribe } = watch(q)
  return useSyncExternalStore(
    subscribe,
    () => mql?.matches ?? true,
    () => serverMatches,
  )
}
