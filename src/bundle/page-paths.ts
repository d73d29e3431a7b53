/**
 * The app's page URLs, relative to the site's base and without a leading slash, each segment
 * encoded on its own so that a `/` in a name survives. The app's links (src/lib/core/paths.ts) and
 * the builder's share pages, feeds and sitemap all spell them here.
 */

const pad2 = (n: number) => String(n).padStart(2, '0')

export const pagePaths = {
  /** `category/金融/新浪财经`, encoded. */
  category: (path: readonly string[]) => `category/${path.map(encodeURIComponent).join('/')}`,
  /** `tag/ES%20模块`: the tag's key as one encoded segment. */
  tag: (key: string) => `tag/${encodeURIComponent(key)}`,
  /** `archive`, `archive/2024`, `archive/2024/03`, `archive/2024/03/01`. */
  archive: (year?: number, month?: number, day?: number) => {
    let path = 'archive'
    if (year !== undefined) path += `/${year}`
    if (year !== undefined && month !== undefined) path += `/${pad2(month)}`
    if (year !== undefined && month !== undefined && day !== undefined) path += `/${pad2(day)}`
    return path
  },
  article: (id: string) => `article/${encodeURIComponent(id)}`,
}
