import type { Element } from 'domhandler'
import type { FeedFormat } from '../../bundle/feed-paths'
import { FEED_FORMATS, FEED_TYPES, feedHref } from '../../bundle/feed-paths'
import { HtmlEditor, matching } from '../html/html-tree'
import { element } from '../html/markup'

/** Autodiscovery: `<link rel="alternate" type=… href=…>` for one format of a feed (`[]`: the site's). */
export const feedLink = (
  base: string,
  path: readonly string[],
  format: FeedFormat,
  title?: string,
): Element =>
  element('link', {
    rel: 'alternate',
    type: FEED_TYPES[format],
    ...(title ? { title } : {}),
    href: `${base}${feedHref(path, format)}`,
  })

/** The page with the site's feeds, all three formats, announced after its title. */
export function withFeedLinks(html: string, base: string, title: string): string {
  const page = new HtmlEditor(html)
  const names: Record<FeedFormat, string> = { atom: 'Atom', rss: 'RSS', json: 'JSON Feed' }
  page.insertAfter(
    page.find(matching('title'), '<title>'),
    FEED_FORMATS.map((format) => feedLink(base, [], format, `${title} (${names[format]})`)),
  )
  return page.toString()
}
