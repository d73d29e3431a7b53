import { PageSkeleton } from '../components/skeletons'

/** What the first paint shows while the entry and the first page load: the layout's shape, no data. */
export function AppSkeleton() {
  return (
    <div className="app">
      <header className="masthead">
        <div className="masthead-inner">
          <span className="skeleton-line site-title-skeleton" aria-hidden="true" />
        </div>
      </header>
      <div className="columns no-side">
        <main id="main" className="col-main">
          <PageSkeleton />
        </main>
      </div>
    </div>
  )
}
