import type { FeedFormat } from '../../bundle/feed-paths'

/** What the feed options of a site build choose. */
export type FeedContent = 'full' | 'excerpt'

/** One article as every feed format writes it: absolute URLs, instants in UTC. */
export interface FeedItem {
  /** The article's page; also its id in every format. */
  url: string
  title: string
  /** ISO 8601 instants; `updated` is the post's `updated` when later, else its date. */
  published: string
  updated: string
  author?: string
  /** The names along each of its category paths, then its tags; each once. */
  categories: string[]
  /** Plain text: the list's excerpt. */
  summary: string
  /** The sanitized article HTML with absolute URLs; absent when feeds carry excerpts only. */
  html?: string
  /** The header image. */
  image?: { url: string; type: string }
}

/** One feed, the same in all three formats. */
export interface FeedDoc {
  title: string
  description: string
  /** BCP 47, as the site gives it. */
  language: string
  /** The site's zone: dates are written with its offset. */
  timezone: string
  /** The page the feed follows: the home page or the category's page. */
  pageUrl: string
  /** Each format's own URL (Atom's and RSS's `self` link, JSON Feed's `feed_url`). */
  selfUrls: Record<FeedFormat, string>
  /** The site's title: Atom needs an author for entries that name none. */
  author: string
  /** ISO instant of the newest change among the items. */
  updated: string
  /** Newest first. */
  items: FeedItem[]
}

export const GENERATOR = 'Broadsheet'

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
}

/** An image's type by its URL's extension; most scraped pictures without one are JPEG. */
export function imageType(url: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase()
  return (ext && IMAGE_TYPES[ext]) ?? 'image/jpeg'
}
