import { lazy, Suspense } from 'react'
import { hasFeeds } from './has-feeds'
import './feed-slot.css'

const FeedMenu = lazy(() => import('./components/feed-menu').then((m) => ({ default: m.FeedMenu })))

/** The list's feed menu, on sites that publish feeds: its code loads only there. */
export function ListFeeds({ path, name }: { path: string[]; name: string }) {
  if (!hasFeeds()) return null
  return (
    <div className="feed-slot">
      <Suspense fallback={null}>
        <FeedMenu path={path} name={name} />
      </Suspense>
    </div>
  )
}
