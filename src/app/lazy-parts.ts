import type { ComponentType } from 'react'
import { lazy } from 'react'
import { calendarQueryOptions } from '../lib/api/get-calendar'
import { treeQueryOptions } from '../lib/api/get-tree'
import type { PartLoader } from './use-preloaded'

// The side columns and the settings panel load on their own, so the first list paints
// without them and the home page's JavaScript stays small. They already sit in Suspense boundaries.
const treeModule = () => import('../features/categories/components/category-tree')
const calendarModule = () => import('../features/archive/components/archive-sidebar')
export const CategoryTree = lazy(() => treeModule().then((m) => ({ default: m.CategoryTree })))
export const ArchiveSidebar = lazy(() =>
  calendarModule().then((m) => ({ default: m.ArchiveSidebar })),
)

/** The side columns with their data, loaded before they mount (./use-preloaded.ts). */
export const loadCategoryTree: PartLoader<ComponentType> = async (qc, entry) => {
  const [module] = await Promise.all([treeModule(), qc.prefetchQuery(treeQueryOptions(entry.tree))])
  return module.CategoryTree
}
export const loadArchiveSidebar: PartLoader<ComponentType> = async (qc, entry) => {
  const [module] = await Promise.all([
    calendarModule(),
    qc.prefetchQuery(calendarQueryOptions(entry.calendar)),
  ])
  return module.ArchiveSidebar
}

// Only phones open the drawer, and only pages that fail need these: none of them is on the first paint.
export const CategoryDrawer = lazy(() =>
  import('./category-drawer').then((m) => ({ default: m.CategoryDrawer })),
)
export const NotFoundPage = lazy(() =>
  import('./not-found-page').then((m) => ({ default: m.NotFoundPage })),
)
export const ErrorPanel = lazy(() =>
  import('../components/error-panel').then((m) => ({ default: m.ErrorPanel })),
)
export const ReadingNotice = lazy(() =>
  import('../components/reading-notice').then((m) => ({ default: m.ReadingNotice })),
)
export const ShortcutHelp = lazy(() =>
  import('./shortcuts/shortcut-help').then((m) => ({ default: m.ShortcutHelp })),
)
export const ToastView = lazy(() =>
  import('../components/toast-view').then((m) => ({ default: m.ToastView })),
)
