import { useLayoutEffect } from 'react'

/**
 * The build-time home snapshot (src/builder/home-snapshot.ts) gives way in the commit that
 * first shows the app, before the browser paints: the page never shows both, nor neither.
 */
export function useDropSnapshot() {
  useLayoutEffect(() => {
    document.getElementById('snapshot')?.remove()
  }, [])
}
