import { useLayoutEffect } from 'react'

/**
 * The home snapshot (src/builder/site/home-snapshot.ts) or an article's first paint (src/first-paint)
 * gives way in the commit that first shows the app, before the browser paints: the page never
 * shows both, nor neither. `data-app` tells a first paint still loading that it came too late.
 */
export function useDropSnapshot() {
  useLayoutEffect(() => {
    document.documentElement.setAttribute('data-app', '')
    document.getElementById('snapshot')?.remove()
  }, [])
}
