import type { Article, SiteInfo } from '../../../bundle/format'
import type { ListContext } from '../../../lib/list-context'
import { articlePresentation } from '../../../lib/article-core/reading'
import { ArticleBody } from './article-body'
import { ArticleFooter } from './article-footer'
import { ArticleHeader } from './article-header'
import { HeaderImage } from './header-image'

interface ArticleViewProps {
  article: Article
  site: SiteInfo
  context: ListContext
}

export function ArticleView({ article, site, context }: ArticleViewProps) {
  const { lang, cjk, head } = articlePresentation(article, site)

  // A React <title>, as PageHeading does: setting document.title in an effect and "restoring" it
  // on unmount overwrote the next page's title after it had been committed.
  return (
    <article className="article" lang={lang}>
      <title>{[article.title.trim(), site.title].filter(Boolean).join(' · ')}</title>
      {head && <HeaderImage key={head.src} image={head} />}
      <ArticleHeader article={article} timeZone={site.timezone} cjk={cjk} />
      <ArticleBody html={article.html} headImageSrc={article.headImage?.src} />
      <ArticleFooter article={article} context={context} />
    </article>
  )
}
