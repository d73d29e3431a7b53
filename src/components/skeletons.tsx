/** Skeletons have the shape of what replaces them, so nothing jumps when data arrives. */

export function ListSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className="skeleton-list" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => (
        <div className="skeleton-entry" key={i}>
          <div className="skeleton-text">
            <span className="skeleton-line title" />
            <span className="skeleton-line" />
            <span className="skeleton-line short" />
            <span className="skeleton-line meta" />
          </div>
          {i % 2 === 0 && <span className="skeleton-thumb" />}
        </div>
      ))}
    </div>
  )
}

export function PageSkeleton() {
  return (
    <div className="page-skeleton" role="status" aria-busy="true">
      <span className="skeleton-line crumbs" aria-hidden="true" />
      <span className="skeleton-line heading" aria-hidden="true" />
      <ListSkeleton />
    </div>
  )
}

/** Seven lines of uneven width (in styles/skeletons.css: no style attributes, which the CSP blocks in static HTML). */
export function TreeSkeleton() {
  return (
    <div className="skeleton-tree" aria-hidden="true">
      {Array.from({ length: 7 }, (_, i) => (
        <span key={i} className="skeleton-line" />
      ))}
    </div>
  )
}

export function CalendarSkeleton() {
  return (
    <div className="skeleton-calendar" aria-hidden="true">
      <span className="skeleton-line heading" />
      <div className="skeleton-grid">
        {Array.from({ length: 35 }, (_, i) => (
          <span key={i} className="skeleton-cell" />
        ))}
      </div>
    </div>
  )
}
