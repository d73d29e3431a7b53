import { FEED_TYPES } from '../../bundle/feed-paths'
import { element, renderHtml } from '../html/markup'
import type { FeedDoc, FeedItem } from './feed-model'
import { GENERATOR } from './feed-model'
import type { XmlElement } from './xml'
import { renderXml } from './xml'
import { rfc822 } from './zoned-time'

const ATOM = 'http://www.w3.org/2005/Atom'
const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/'

function item(entry: FeedItem, timezone: string): XmlElement {
  return {
    title: entry.title,
    link: entry.url,
    guid: { '@isPermaLink': 'true', '#text': entry.url },
    pubDate: rfc822(entry.published, timezone),
    // RSS's own <author> must be an e-mail address; a name goes in Dublin Core's creator.
    'dc:creator': entry.author,
    category: entry.categories,
    // RSS readers read the description as HTML: the excerpt goes in as a paragraph of text.
    description: entry.html ?? renderHtml(element('p', {}, [entry.summary])),
    // The size is unknown without fetching the image; 0 is the convention for that.
    enclosure: entry.image
      ? { '@url': entry.image.url, '@length': '0', '@type': entry.image.type }
      : undefined,
  }
}

/** RSS 2.0: `feed.xml`. */
export function renderRss(feed: FeedDoc): string {
  return renderXml({
    rss: {
      '@version': '2.0',
      '@xmlns:atom': ATOM,
      '@xmlns:dc': DUBLIN_CORE,
      channel: {
        title: feed.title,
        link: feed.pageUrl,
        description: feed.description,
        language: feed.language,
        lastBuildDate: rfc822(feed.updated, feed.timezone),
        generator: GENERATOR,
        'atom:link': { '@href': feed.selfUrls.rss, '@rel': 'self', '@type': FEED_TYPES.rss },
        item: feed.items.map((entry) => item(entry, feed.timezone)),
      },
    },
  })
}
