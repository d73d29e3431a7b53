import type { Article, ArticleSummary } from '../../bundle/format'
import { pagePaths } from '../../bundle/page-paths'
import { isPlaceholderImage } from '../../bundle/placeholder-image'
import { absoluteHtml } from './absolute-html'
import type { FeedContent, FeedItem } from './feed-model'
import { imageType } from './feed-model'

/** The header image as an absolute http(s) URL, or undefined (a placeholder, another scheme). */
function headerImage(article: Article, pageUrl: string): FeedItem['image'] {
  const src = article.headImage?.src
  if (!src || isPlaceholderImage(src)) return undefined
  try {
    const url = new URL(src, pageUrl)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    return { url: url.href, type: imageType(url.href) }
  } catch {
    return undefined
  }
}

/** Category names along every path, then tags: each once, as a feed's categories. */
function categoryNames(article: Article): string[] {
  return [...new Set([...article.categories.flat(), ...article.tags])]
}

/** One article as feeds write it, from its file and its list summary (which holds the excerpt). */
export function feedItem(
  article: Article,
  summary: ArticleSummary,
  options: { siteRoot: string; content: FeedContent },
): FeedItem {
  const url = new URL(pagePaths.article(article.id), options.siteRoot).href
  const image = headerImage(article, url)
  return {
    url,
    title: article.title,
    published: article.date,
    updated: article.updated && article.updated > article.date ? article.updated : article.date,
    ...(article.author ? { author: article.author } : {}),
    categories: categoryNames(article),
    summary: summary.excerpt,
    ...(options.content === 'full' ? { html: absoluteHtml(article.html, url) } : {}),
    ...(image ? { image } : {}),
  }
}
