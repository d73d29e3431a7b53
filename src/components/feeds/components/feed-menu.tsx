import { useState } from 'react'
import type { FeedFormat } from '../../../bundle/feed-paths'
import { FEED_FORMATS, FEED_TYPES, feedHref } from '../../../bundle/feed-paths'
import { useT } from '../../../lib/i18n/locale'
import { messages } from '../messages'
import '../../pill-button.css'
import './feed-menu.css'
import { StrokeIcon } from '../../stroke-icon'

const LABELS: Readonly<Record<FeedFormat, string>> = {
  atom: 'Atom',
  rss: 'RSS',
  json: 'JSON Feed',
}

/** A feed's absolute URL: what a feed reader is given. */
const feedUrl = (path: readonly string[], format: FeedFormat) =>
  new URL(`${import.meta.env.BASE_URL}${feedHref(path, format)}`, window.location.href).href

/**
 * The feeds of the page's category (`[]`: the site's): a menu with each format and a "copy"
 * action, and, for a category, autodiscovery links in the head (the site's are in every page).
 */
export function FeedMenu({ path, name }: { path: string[]; name: string }) {
  const t = useT(messages)
  const [status, setStatus] = useState('')
  const urls = FEED_FORMATS.map((format) => [format, feedUrl(path, format)] as const)

  async function copy() {
    try {
      await navigator.clipboard.writeText(feedUrl(path, 'atom'))
      setStatus(t('copied'))
    } catch {
      setStatus(t('copyFailed'))
    }
  }

  return (
    <div className="feed-menu">
      {path.length > 0 &&
        urls.map(([format, url]) => (
          // React puts these in the document's head, and takes them out with the page.
          <link
            key={format}
            rel="alternate"
            type={FEED_TYPES[format]}
            title={`${name} (${LABELS[format]})`}
            href={url}
          />
        ))}
      <details>
        <summary className="pill-button">
          <StrokeIcon d="M5 11a8 8 0 0 1 8 8M5 5a14 14 0 0 1 14 14" strokeWidth={1.8}>
            <circle cx="6" cy="18" r="1.6" fill="currentColor" />
          </StrokeIcon>
          {t('subscribe')}
        </summary>
        <div className="feed-menu__panel">
          <ul aria-label={t('feedsOf', { name })}>
            {urls.map(([format, url]) => (
              <li key={format}>
                <a href={url} type={FEED_TYPES[format]}>
                  {LABELS[format]}
                </a>
              </li>
            ))}
          </ul>
          <button type="button" className="pill-button" onClick={() => void copy()}>
            {t('copy')}
          </button>
        </div>
      </details>
      <span className="feed-menu__status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  )
}
