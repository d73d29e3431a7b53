import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import type { To } from 'react-router'
import { useHref, useLinkClickHandler } from 'react-router'

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To
}

/**
 * The app's in-app link: react-router's `<Link>` without what this app never uses (prefetching,
 * masks, view transitions, external URLs, refs). Those cost the home page about 2 KB of gzipped
 * JavaScript. It renders the same element and navigates the same way (`useLinkClickHandler` is
 * what `<Link>` itself calls), `data-discover` included, so the home snapshot keeps its bytes.
 */
export function Link({ to, onClick, ...rest }: Props) {
  const href = useHref(to)
  const navigate = useLinkClickHandler(to, { target: rest.target })
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (!event.defaultPrevented) navigate(event)
  }
  return <a {...rest} href={href} onClick={handleClick} data-discover="true" />
}
