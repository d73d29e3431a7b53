import { lazy } from 'react'

// The side columns and the settings panel load on their own, so the first list paints
// without them and the home page's JavaScript stays small. They already sit in Suspense boundaries.
export const CategoryTree = lazy(() =>
  import('../features/categories/components/category-tree').then((m) => ({
    default: m.CategoryTree,
  })),
)
export const ArchiveSidebar = lazy(() =>
  import('../features/archive/components/archive-sidebar').then((m) => ({
    default: m.ArchiveSidebar,
  })),
)
