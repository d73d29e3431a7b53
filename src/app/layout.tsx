import type { MouseEvent } from 'react'
import { Suspense, useState } from 'react'
import { Outlet, useLocation } from 'react-router'
import { CalendarSkeleton, PageSkeleton, TreeSkeleton } from '../components/skeletons'
import { isArchivePage } from './app-skeleton'
import {
  ArchiveSidebar,
  CategoryDrawer,
  CategoryTree,
  loadArchiveSidebar,
  loadCategoryTree,
  ShortcutHelp,
} from './lazy-parts'
import { SidePart } from './side-part'
import { useEntry } from '../lib/api/get-entry'
import { useT } from '../lib/i18n/locale'
import { Masthead } from './masthead'
import { messages } from './messages'
import { NavigationProgress } from './navigation-progress'
import { useAfterFirstPaint } from './use-after-first-paint'
import { PwaNotices } from './pwa/pwa-notices'
import { ReadingNoticeSlot, ToastSlot } from './notice-slots'
import { useShortcuts } from './shortcuts/use-shortcuts'
import { focusPageHeading, RouteAnnouncer } from './route-announcer'
import { ScrollRestoration } from './scroll-restoration'
import { useDropSnapshot } from './snapshot/use-drop-snapshot'
import { COLUMNS_QUERY } from '../lib/core/columns-query'
import { useMediaQuery } from './use-media-query'

export function SkipLink() {
  const t = useT(messages)
  // Handled here: a bare #main would change the URL under the router.
  const onClick = (e: MouseEvent) => {
    e.preventDefault()
    focusPageHeading()
  }
  return (
    <a className="skip-link" href="#main" onClick={onClick}>
      {t('skip')}
    </a>
  )
}

/** Tree | page | calendar on wide screens, tree | page with the calendar under it on tablets, one column on phones. */
export function Layout() {
  const t = useT(messages)
  const { site } = useEntry()
  const { pathname } = useLocation()
  const columns = useMediaQuery(COLUMNS_QUERY)
  const sidesReady = useAfterFirstPaint()
  // The drawer remembers where it was opened, so any navigation closes it.
  const [drawerAt, setDrawerAt] = useState<string | null>(null)
  const drawerOpen = !columns && drawerAt === pathname
  // Its code loads on first use; once loaded it stays mounted so closing can hand focus back.
  const [drawerUsed, setDrawerUsed] = useState(false)
  // The archive pages show the calendar themselves.
  const archivePage = isArchivePage(pathname)
  const calendarColumn = columns && !archivePage
  useDropSnapshot()
  const [helpOpen, setHelpOpen] = useState(false)
  useShortcuts(() => setHelpOpen(true))
  return (
    <div className={archivePage ? 'app no-archive-column' : 'app'}>
      <SkipLink />
      <Masthead
        title={site.title}
        lang={site.language}
        menu={
          columns
            ? undefined
            : {
                open: drawerOpen,
                onOpen: () => {
                  setDrawerUsed(true)
                  setDrawerAt(pathname)
                },
              }
        }
      />
      <NavigationProgress />
      <div className="columns">
        {columns && (
          <div className="col-tree">
            <SidePart
              load={loadCategoryTree}
              enabled={sidesReady}
              fallback={CategoryTree}
              skeleton={<TreeSkeleton />}
              resetKey={pathname}
            />
          </div>
        )}
        <main id="main" className="col-main">
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </main>
        {calendarColumn && (
          <aside className="col-archive" aria-label={t('archiveAside')}>
            {/* It gives way to the tree: when their data arrive together, the tree's rows draw
            first, not in one task with the calendar's 200 links. */}
            <SidePart
              load={loadArchiveSidebar}
              enabled={sidesReady}
              fallback={ArchiveSidebar}
              skeleton={<CalendarSkeleton />}
              resetKey={pathname}
              yields
            />
          </aside>
        )}
      </div>
      {!columns && drawerUsed && (
        <Suspense fallback={null}>
          <CategoryDrawer open={drawerOpen} onClose={() => setDrawerAt(null)}>
            <CategoryTree />
          </CategoryDrawer>
        </Suspense>
      )}
      <RouteAnnouncer />
      <PwaNotices />
      <ReadingNoticeSlot />
      <ToastSlot />
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutHelp onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
      <ScrollRestoration />
    </div>
  )
}
