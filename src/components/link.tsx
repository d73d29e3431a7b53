import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { useContext } from 'react'
import {
  UNSAFE_DataRouterContext as DataRouterContext,
  UNSAFE_NavigationContext as NavigationContext,
  createPath,
  resolvePath,
} from 'react-router'

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An absolute path in the app (`paths.*`), with its query and hash. */
  to: string
  /** History state for the page it opens. */
  state?: unknown
  /** Replace the current history entry; by default only a link to the page it is on does. */
  replace?: boolean
}

const isModified = (e: MouseEvent) => e.metaKey || e.altKey || e.ctrlKey || e.shiftKey

/**
 * The app's in-app link: react-router's `<Link>` for absolute paths, without what this app never
 * uses (prefetching, masks, view transitions, relative paths, refs). It reads only the router's
 * contexts that never change, not the location: react-router's `<Link>` re-renders on every
 * navigation, memoized parent or not, and the side columns alone hold about 200 of them. It
 * renders the same element (`data-discover` included, so the home snapshot keeps its bytes) and
 * navigates the same way, reading the current location only when clicked.
 */
export function Link({ to, onClick, state, replace, ...rest }: Props) {
  const { basename, navigator } = useContext(NavigationContext)
  const router = useContext(DataRouterContext)?.router
  const path = resolvePath(to)
  // As useHref joins them.
  const pathname =
    basename === '/'
      ? path.pathname
      : path.pathname === '/'
        ? basename
        : `${basename}/${path.pathname}`.replace(/\/\/+/g, '/')
  const href = navigator.createHref({ ...path, pathname })
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0 || isModified(event)) return
    if (rest.target && rest.target !== '_self') return
    event.preventDefault()
    // A data router takes paths without the basename; a plain history (tests) takes the href.
    const target = router ? to : href
    const here = router ? createPath(router.state.location) : undefined
    if (replace ?? here === createPath(path)) navigator.replace(target, state)
    else navigator.push(target, state)
  }
  return <a {...rest} href={href} onClick={handleClick} data-discover="true" />
}
