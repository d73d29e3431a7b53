import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import pMap from 'p-map'
import type { ArticleSummary, Entry } from '../../bundle/format'
import { articleFilePreload, headImagePreload, idShardPreload } from './preload-links'
import { feedLink } from './feed-links'
import { renderHtml } from '../html/markup'
import type { SharePageInput } from './share-page-template'
import { sharePageTemplate } from './share-page-template'
import type { Hints } from './share-page-parts'
import {
  assemble,
  excerptParts,
  fixedParts,
  pageBytes,
  piece,
  titleParts,
} from './share-page-parts'

export { previewText } from './share-page-parts'

/** One page per article, so each must stay small: 100,000 of them are 300 MB at this size. */
export const SHARE_PAGE_MAX_BYTES = 3 * 1024

/** Files written at once: enough to keep the disk busy without a flood of open handles. */
const CONCURRENCY = 32

const truncate = (text: string, chars: number) => {
  const points = [...text]
  return points.length <= chars
    ? text
    : `${points
        .slice(0, chars - 1)
        .join('')
        .trimEnd()}…`
}

/** The static HTML entry for one article: the tags link previews read, then the app's own boot. */
export function sharePage(
  item: ArticleSummary,
  input: SharePageInput,
  template = sharePageTemplate(input),
): string {
  let title = item.title
  // A `description` given beside an `excerpt` is the preview text, as Hexo themes put it in meta.
  let excerpt = item.description ?? item.excerpt
  const { entry, base } = input
  const hinted = entry !== undefined && base !== undefined
  const image = input.headImages?.get(item.id)
  const category = input.feeds ? item.categories[0] : undefined
  const hints: Hints = {
    article: true,
    shard: true,
    image: true,
    categoryFeed: category !== undefined,
    siteFeed: input.feeds === true,
    articleHint: piece(hinted ? renderHtml(articleFilePreload(base, item)) : ''),
    shardHint: piece(hinted ? renderHtml(idShardPreload(base, entry, item)) : ''),
    imageHint: piece(hinted && image ? renderHtml(headImagePreload(image)) : ''),
    categoryFeedHint: piece(category ? renderHtml(feedLink(base ?? '/', category, 'atom')) : ''),
  }
  const fixed = fixedParts(item, input)
  const parts = {
    fixed,
    title: titleParts(item, input, fixed, title),
    excerpt: excerptParts(excerpt),
  }
  // Over budget, in order: drop the id shard's hint (the app looks it up a little later), the
  // feeds' links (the home page names them too), shorten the excerpt, drop the header image's
  // hint (it loads when the article renders), drop the article file's hint (no first paint
  // then), shorten the title.
  // Code points, counted only when their turn comes.
  let e = 0
  let t = 0
  while (pageBytes(template, input, parts, hints) > SHARE_PAGE_MAX_BYTES) {
    if (hints.shard) hints.shard = false
    else if (hints.categoryFeed) hints.categoryFeed = false
    else if (hints.siteFeed) hints.siteFeed = false
    else if ((e = [...excerpt].length) > 40) {
      excerpt = truncate(excerpt, e - 10)
      parts.excerpt = excerptParts(excerpt)
    } else if (hints.image) hints.image = false
    else if (hints.article) hints.article = false
    else if ((t = [...title].length) > 30) {
      title = truncate(title, t - 10)
      parts.title = titleParts(item, input, fixed, title)
    } else break
  }
  return assemble(template, input, parts, hints)
}

/**
 * Writes `article/<id>.html` for every article: flat files, which sirv, Netlify, Cloudflare Pages,
 * GitHub Pages and nginx (`try_files $uri $uri.html`) all serve at `/article/<id>`.
 */
export async function writeSharePages(
  siteDir: string,
  entry: Entry,
  items: readonly ArticleSummary[],
  input: SharePageInput,
): Promise<number> {
  const dir = join(siteDir, 'article')
  await mkdir(dir, { recursive: true })
  // What every share page loads is in the template once; each page adds its file and id shard.
  const template = sharePageTemplate(input)
  input = { ...input, entry }
  await pMap(
    items,
    (item) => writeFile(join(dir, `${item.id}.html`), sharePage(item, input, template)),
    { concurrency: CONCURRENCY },
  )
  return items.length
}
