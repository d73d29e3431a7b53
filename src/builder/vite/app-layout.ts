import { fileURLToPath } from 'node:url'

/**
 * Where the app keeps the modules the build treats apart, by folder rather than by file name:
 * vite.config.ts gives each shared folder a chunk of its own, and the share pages look the
 * entries up in Vite's manifest by these names.
 */

/** The article first paint, which share pages run before the app: none of it is the shell's. */
export const FIRST_PAINT_FOLDER = 'src/first-paint/'

/** The first paint's entry module. */
export const FIRST_PAINT_ENTRY = `${FIRST_PAINT_FOLDER}main.ts`

/** The article route's module, as the app's router imports it lazily. */
export const ARTICLE_ROUTE = 'src/features/article/routes/article-route.tsx'

/**
 * What the first paint shares with the app's shell: small, pure, no React. Only modules the
 * first paint imports belong here; anything else put in them would be loaded by share pages too.
 */
export const FIRST_PAINT_COMMON = ['src/bundle/', 'src/lib/core/']

/**
 * The part of the bundle contract only search reads (the index's format, its decoding and its
 * validators): it goes with the search code, so the first paint and the home page never load it.
 */
export const SEARCH_CONTRACT = ['src/bundle/search-format.ts']

/** Where a category's list is: read by the tree and category pages, never by the first paint. */
export const TREE_CONTRACT = ['src/bundle/category-refs.ts']

/** The calendar's windows, derived from its counts: only the calendar's readers need them. */
export const CALENDAR_CONTRACT = ['src/bundle/calendar-windows.ts']

/** Where feeds live: read by the builder and the feed menu, which loads on sites with feeds only. */
export const FEED_CONTRACT = ['src/bundle/feed-paths.ts']

/** True when the module `id` belongs in the chunk the first paint shares with the shell. */
export const inFirstPaintCommon = (id: string, root?: string) =>
  inFolders(id, FIRST_PAINT_COMMON, root) &&
  !inFolders(
    id,
    [...SEARCH_CONTRACT, ...TREE_CONTRACT, ...CALENDAR_CONTRACT, ...FEED_CONTRACT],
    root,
  )

/** What the first paint shares with the article route: the sanitizer and the body's DOM work. */
export const FIRST_PAINT_ARTICLE = [
  'src/lib/article-core/',
  // In the contract for the builder's sake, but only the article presentation uses it in the app:
  // it rides with the article code, not in 'common', which the home page loads too.
  'src/bundle/placeholder-image.ts',
  'src/sanitize/',
  'node_modules/dompurify/',
]

/** The tree's and the calendar's code: one chunk, loaded after the first paint beside the list. */
export const SIDE_COLUMNS = [
  'src/features/categories/components/',
  'src/features/categories/messages',
  // The reader's kept toggles and the rows they open: the tree reads both on every render.
  'src/features/categories/tree-toggles',
  'src/features/categories/visible-rows',
  'src/features/archive/components/',
  'src/features/archive/messages',
  'src/lib/calendar',
  'src/lib/category-tree',
  'src/lib/api/get-tree',
  'src/lib/api/get-calendar',
  ...CALENDAR_CONTRACT,
]

/**
 * The reading state's stores (marks, saved articles, places, history) and the IndexedDB wrapper: one
 * chunk, which a returning reader's home page loads after the first paint (one file instead of
 * three, 0.6 KB less gzipped; and apart, the history would pull the bundler's runtime into a file
 * of its own).
 */
export const READING_STATE = [
  'src/lib/reading/read-store',
  'src/lib/reading/saved-store',
  'src/lib/reading/progress-store',
  'src/lib/reading/history-store',
  'src/lib/reading/reading-db',
  'node_modules/idb/',
]

const slashes = (path: string) => path.replaceAll('\\', '/')

/** The project's root folder, with a trailing slash: this file is src/builder/vite/app-layout.ts. */
const projectRoot = slashes(fileURLToPath(new URL('../../../', import.meta.url)))

/**
 * True when the module `id` (an absolute path, as Vite gives it) lies in one of `folders`, which
 * are relative to the project's root: a package's own src/lib/core/ is not the app's. A package's
 * folder (`node_modules/…`) matches wherever it is installed: Vite gives a linked or hoisted
 * node_modules (a git worktree's, a workspace's) by its real path, outside the root.
 */
export function inFolders(id: string, folders: readonly string[], root = projectRoot): boolean {
  const path = slashes(id)
  return folders.some((folder) =>
    folder.startsWith('node_modules/')
      ? path.includes(`/${folder}`)
      : path.startsWith(`${root}${folder}`),
  )
}
