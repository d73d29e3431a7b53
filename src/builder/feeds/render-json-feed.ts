import type { FeedDoc, FeedItem } from './feed-model'
import { rfc3339 } from './zoned-time'

function item(entry: FeedItem, timezone: string) {
  return {
    id: entry.url,
    url: entry.url,
    title: entry.title,
    // One of the two is required: the article, else the excerpt as text.
    ...(entry.html === undefined ? { content_text: entry.summary } : { content_html: entry.html }),
    ...(entry.summary ? { summary: entry.summary } : {}),
    ...(entry.image ? { image: entry.image.url } : {}),
    date_published: rfc3339(entry.published, timezone),
    date_modified: rfc3339(entry.updated, timezone),
    ...(entry.author ? { authors: [{ name: entry.author }] } : {}),
    ...(entry.categories.length > 0 ? { tags: entry.categories } : {}),
  }
}

/** JSON Feed 1.1: `feed.json`. */
export function renderJsonFeed(feed: FeedDoc): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.selfUrls.json,
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.author }],
    items: feed.items.map((entry) => item(entry, feed.timezone)),
  })
}
