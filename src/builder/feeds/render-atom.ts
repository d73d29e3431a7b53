import { FEED_TYPES } from '../../bundle/feed-paths'
import type { FeedDoc, FeedItem } from './feed-model'
import { GENERATOR } from './feed-model'
import type { XmlElement } from './xml'
import { renderXml } from './xml'
import { rfc3339 } from './zoned-time'

const ATOM = 'http://www.w3.org/2005/Atom'

function entry(item: FeedItem, timezone: string): XmlElement {
  const links: XmlElement[] = [{ '@rel': 'alternate', '@type': 'text/html', '@href': item.url }]
  if (item.image)
    links.push({ '@rel': 'enclosure', '@type': item.image.type, '@href': item.image.url })
  return {
    id: item.url,
    title: item.title,
    link: links,
    published: rfc3339(item.published, timezone),
    updated: rfc3339(item.updated, timezone),
    author: item.author ? { name: item.author } : undefined,
    category: item.categories.map((term) => ({ '@term': term })),
    summary: item.summary ? { '@type': 'text', '#text': item.summary } : undefined,
    content: item.html === undefined ? undefined : { '@type': 'html', '#text': item.html },
  }
}

/** Atom 1.0 (RFC 4287): `feed.atom`. */
export function renderAtom(feed: FeedDoc): string {
  return renderXml({
    feed: {
      '@xmlns': ATOM,
      '@xml:lang': feed.language,
      id: feed.pageUrl,
      title: feed.title,
      subtitle: feed.description,
      updated: rfc3339(feed.updated, feed.timezone),
      link: [
        { '@rel': 'self', '@type': FEED_TYPES.atom, '@href': feed.selfUrls.atom },
        { '@rel': 'alternate', '@type': 'text/html', '@href': feed.pageUrl },
      ],
      author: { name: feed.author },
      generator: GENERATOR,
      entry: feed.items.map((item) => entry(item, feed.timezone)),
    },
  })
}
