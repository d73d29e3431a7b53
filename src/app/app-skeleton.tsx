import { CalendarSkeleton, PageSkeleton, TreeSkeleton } from '../components/skeletons'
import { appPathname } from '../lib/core/paths'
import { COLUMNS_QUERY } from '../lib/core/columns-query'
import { useMediaQuery } from './use-media-query'

/** Whether a page shows the calendar itself, so the layout has no calendar column. */
export const isArchivePage = (pathname: string) =>
  pathname === '/archive' || pathname.startsWith('/archive/')

/**
 * What the first paint shows while the entry and the first page load: the layout's shape, no
 * data. Same columns and masthead height as the layout, so nothing moves when it takes over.
 */
export function AppSkeleton() {
  const columns = useMediaQuery(COLUMNS_QUERY)
  const archivePage = isArchivePage(appPathname(window.location.href))
  return (
    <div className={archivePage ? 'app no-archive-column' : 'app'}>
      <header className="masthead">
        <div className="masthead-inner">
          <span className="skeleton-line site-title-skeleton" aria-hidden="true" />
        </div>
      </header>
      <div className="columns">
        {columns && (
          <div className="col-tree">
            <TreeSkeleton />
          </div>
        )}
        <main id="main" className="col-main">
          <PageSkeleton />
        </main>
        {columns && !archivePage && (
          <div className="col-archive">
            <CalendarSkeleton />
          </div>
        )}
      </div>
    </div>
  )
}
