import { paths, routerBasename } from '../core/paths'

/** The article's canonical address, as the build's link-preview page names it: no list context, base included. */
export function canonicalUrl(id: string, origin = window.location.origin): string {
  const base = routerBasename === '/' ? '' : routerBasename
  return `${origin}${base}${paths.article(id)}`
}
