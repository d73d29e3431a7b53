import { useMemo, useRef } from 'react'
import type { Article, SiteInfo } from '../../../bundle/format'
import type { ListContext } from '../../../lib/list-context'
import { articlePresentation } from '../../../lib/article-core/reading'
import { ArticleBody } from './article-body'
import { ArticleFooter } from './article-footer'
import { ArticleHeader } from './article-header'
import { HeaderImage } from './header-image'
import { PrintedFrom } from '../reading-aids/printed-from'
import { ReadingProgress } from '../reading-aids/reading-progress'
import { ListenButton } from '../reading-aids/listen/listen-button'
import { TableOfContents } from '../reading-aids/table-of-contents'
import { MIN_TOC_ENTRIES, tocEntries } from '../../../lib/article-core/toc-entries'
import { useAnchorAfterFirstPaint } from '../reading-aids/use-anchor-after-first-paint'
import { useLightbox } from '../reading-aids/lightbox/use-lightbox'
import { sanitizeToTrusted } from '../../../sanitize/dompurify'

interface ArticleViewProps {
  article: Article
  site: SiteInfo
  context: ListContext
}

export function ArticleView({ article, site, context }: ArticleViewProps) {
  const { lang, cjk, head } = articlePresentation(article, site)
  const ref = useRef<HTMLElement>(null)
  // The same call as ArticleBody's, answered from the sanitizer's one-entry cache.
  const safe = useMemo(() => sanitizeToTrusted(article.html), [article.html])
  const headings = useMemo(() => tocEntries(safe), [safe])
  const toc = headings.length >= MIN_TOC_ENTRIES
  useAnchorAfterFirstPaint(ref)
  useLightbox(ref, article.html)

  // A React <title>, as PageHeading does: setting document.title in an effect and "restoring" it
  // on unmount overwrote the next page's title after it had been committed.
  // The progress bar is the page's, not the article's: the first paint (src/first-paint) draws
  // the article element alone, element for element.
  return (
    <>
      <ReadingProgress article={ref} />
      <article ref={ref} className={toc ? 'article has-toc' : 'article'} lang={lang}>
        <title>{[article.title.trim(), site.title].filter(Boolean).join(' · ')}</title>
        {head && <HeaderImage key={head.src} image={head} />}
        <ArticleHeader
          article={article}
          timeZone={site.timezone}
          cjk={cjk}
          listen={<ListenButton article={ref} lang={lang} />}
        />
        <PrintedFrom id={article.id} />
        {toc && <TableOfContents article={ref} entries={headings} />}
        <ArticleBody html={article.html} headImageSrc={article.headImage?.src} />
        <ArticleFooter article={article} context={context} />
      </article>
    </>
  )
}
