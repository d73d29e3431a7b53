import type { MouseEvent, RefObject } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { useT } from '../../../lib/i18n/locale'
import { IN_PLACE } from '../../../lib/navigation-state'
import { messages } from '../../../lib/article-core/messages'
import { useActiveHeading } from './use-active-heading'
import type { TocEntry } from '../../../lib/article-core/toc-entries'
import { anchorOf, findHeading, MIN_TOC_ENTRIES } from '../../../lib/article-core/toc-entries'

/** Moves focus to the section, so Tab and a screen reader carry on from there. */
function focusHeading(heading: HTMLElement | null) {
  if (!heading) return
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
  heading.focus({ preventScroll: true })
}

interface TocProps {
  /** The article the entries come from: its rendered body holds the headings. */
  article: RefObject<HTMLElement | null>
  entries: readonly TocEntry[]
}

function TocList({ article, entries }: TocProps) {
  const navigate = useNavigate()
  const { search, hash } = useLocation()
  const active = useActiveHeading(article, entries, anchorOf(hash))
  // Through the router, not the browser's own jump: the route announcer would otherwise take the
  // fragment change for a new page and move focus back to the headline. The scroll restoration
  // scrolls to the anchor of a new location. Replacing the entry: Back leaves the article (for
  // the list it came from) rather than walking back through the sections read.
  const jump = (e: MouseEvent, entry: TocEntry) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    void navigate({ search, hash: `#${entry.id}` }, { replace: true, state: IN_PLACE })
    focusHeading(findHeading(article.current, entry.id))
  }
  return (
    <ol className="article-toc__list">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth > 0 ? 'article-toc__sub' : undefined}>
          <a
            href={`#${entry.id}`}
            aria-current={entry.id === active ? 'location' : undefined}
            onClick={(e) => jump(e, entry)}
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  )
}

/**
 * The article's contents: on desktop a sticky column where the calendar was, the section on
 * screen marked; on narrower screens a closed `details` under the meta line. Both are drawn and
 * reading-aids.css shows the one that fits (at 1100 px, where DESIGN.md's desktop has three
 * columns): the app's media-query hook lives in the home page's code, which this must not grow.
 */
export function TableOfContents({ article, entries }: TocProps) {
  const t = useT(messages)
  if (entries.length < MIN_TOC_ENTRIES) return null
  return (
    <>
      <nav className="article-toc article-toc--side" aria-label={t('contents')}>
        <div className="article-toc__inner">
          <h2 className="article-toc__title">{t('contents')}</h2>
          <TocList article={article} entries={entries} />
        </div>
      </nav>
      <nav className="article-toc article-toc--inline" aria-label={t('contents')}>
        <details>
          <summary className="article-toc__title">{t('contents')}</summary>
          <TocList article={article} entries={entries} />
        </details>
      </nav>
    </>
  )
}
