import type { ReactNode } from 'react'
import { useEntry } from '../lib/api/get-entry'

interface Props {
  /** The visible heading. */
  children: ReactNode
  /** The document title's first part; the site title is appended. Empty for the home page. */
  title: string
  className?: string
}

/**
 * The page's h1 and its document title. The h1 takes focus on every route change
 * (see app/route-announcer), so it is focusable by script but not in the tab order.
 */
export function PageHeading({ children, title, className }: Props) {
  const site = useEntry().site.title
  return (
    <>
      <title>{title && title !== site ? `${title} · ${site}` : site}</title>
      <h1 className={className ?? 'page-title'} tabIndex={-1}>
        {children}
      </h1>
    </>
  )
}
