/**
 * Which of a Hexo site's own files (source/ and the posts' asset folders) the site gets. One
 * place: the copy obeys it, and so does the lookup that reads local images' sizes.
 */
import { APP_FILES_DIR, BUNDLE_DIR } from '../../bundle/paths'

/** Hexo leaves out any path with a part starting `_` (posts, drafts, partials) or `.` (hidden). */
export function isSkippedSitePath(relPath: string): boolean {
  return relPath.split('/').some((part) => part.startsWith('_') || part.startsWith('.'))
}

// Hexo renders these through the theme's layout. We don't, and a site's raw HTML could carry
// scripts into our origin, next to the app: they are counted, not copied.
const PAGE =
  /\.(md|markdown|mkd|mkdn|mdwn|mdown|mdtxt|mdtext|html?|xhtml|ejs|njk|nunjucks|swig|pug|jade|hbs|handlebars)$/i

/** A Hexo page (Markdown, HTML or a template), which the build does not render. */
export const isSitePage = (relPath: string): boolean => PAGE.test(relPath)

/**
 * Folders that belong to the app even where this build wrote nothing (yet): its JS and CSS,
 * the bundle, the share pages. Any other file the app writes is found on disk.
 */
const APP_FOLDERS = new Set([APP_FILES_DIR, BUNDLE_DIR, 'article'])

export const inAppFolder = (relPath: string): boolean =>
  APP_FOLDERS.has(relPath.split('/')[0] ?? '')

/** The folder of a post's files in the output: its permalink's folder, as Hexo serves them. */
export const permalinkFolder = (permalink: string): string =>
  permalink.replace(/^\/+/, '').replace(/[^/]*$/, '')

/** `source/_posts/My post.md` → `source/_posts/My post`: Hexo's asset folder of a post. */
export const assetFolderOf = (postPath: string): string => postPath.replace(/\.[^./\\]*$/, '')
