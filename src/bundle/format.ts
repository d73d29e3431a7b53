/**
 * The bundle contract: what the builder writes and the app reads.
 * Shared by both sides; no DOM and no Node APIs here.
 * The layout is documented in docs/bundle-format.md.
 */

/** Bumped on any change the previous app could not read. The app refuses other versions. */
export const FORMAT_VERSION = 5

/** Summaries per list page. Fixed by the format so the app can compute page counts. */
export const PAGE_SIZE = 20

/** A category hierarchy, top level first: ['金融', '新浪财经', '新浪财经－国內']. */
export type CategoryPath = string[]

/**
 * A list of articles, newest first: a window of a stored list whose pages live at
 * `lists/<h>-<page>.json.gz` (page numbers from 1, PAGE_SIZE items each).
 * Years, months and days are windows (`start`) into the latest list, since their
 * articles are contiguous there; that keeps each summary stored only once for dates.
 * Read pages through the app's list query, which handles both cases.
 */
export interface ListRef {
  /** Content hash of the stored list: any change to it gives a new name. */
  h: string
  /** Number of articles in this list (the window). */
  n: number
  /** Index in the stored list of this window's first article; absent means 0. */
  start?: number
}

export interface SiteInfo {
  title: string
  /** `_config.yml`'s `description`, when it has one: the home page's meta description. */
  description?: string
  /** BCP 47 language of the content, such as `zh-CN` or `en`. */
  language: string
  /** IANA zone used to bucket days, months and years. */
  timezone: string
  /** Hexo permalink pattern of the original site, such as `:year/:month/:day/:title/`. */
  permalink: string
}

/** `data/entry.json`: small, never cached long, the only fixed name in the bundle. */
export interface Entry {
  format: number
  /** Changes on every build whose output differs. */
  buildId: string
  site: SiteInfo
  counts: { articles: number; categories: number; days: number; tags?: number }
  pageSize: number
  latest: ListRef
  /** Hash of `tree/<h>.json.gz`. */
  tree: string
  /** Hash of `calendar/<h>.json.gz`. */
  calendar: string
  /** Hashes of `ids/<h>.json.gz`, indexed by idShard(id, length). */
  idShards: string[]
  /** Hash of the alias index, `aliases/index-<h>.json.gz`: read only to resolve an old permalink. */
  aliases: string
  /** Hash of the search index's manifest, `search/<h>.json.gz` (format 3). */
  search: string
  /** Hash of the tag index, `tags/<h>.json.gz`; absent in bundles built before tag pages. */
  tags?: string
  /** Hashes of `tags/s-<h>.json.gz`, indexed by shardOf(tag, length). */
  tagShards?: string[]
}

/**
 * One node of the category tree: what the side column shows. Its list (the node and all its
 * descendants) is in a ref shard: see `locateCategory` in `category-refs.ts`.
 */
export interface CategoryNode {
  name: string
  /** Articles in the node and its descendants: its list's `n`. */
  n: number
  children: CategoryNode[]
}

/**
 * `tree/<h>.json.gz`: the roots of the category forest, and where their lists are (format 4).
 * Node i, counted depth first with parents before children, has its list in ref shard
 * `floor(i / refsPerShard)`, at index `i % refsPerShard`.
 */
export interface CategoryTree {
  format: number
  roots: CategoryNode[]
  /** Hashes of `tree/r-<h>.json.gz`, in node order. */
  refShards: string[]
  /** Lists a ref shard holds; the last may hold fewer. */
  refsPerShard: number
}

/** `tree/r-<h>.json.gz`: the lists of `refsPerShard` consecutive nodes of the tree. */
export interface CategoryRefShard {
  format: number
  lists: ListRef[]
}

/** [tag key, article count, name]: the name only when it differs from the key (Hexo's `tag_map`). */
export type TagCount = [string, number] | [string, number, string]

/** `tags/<h>.json.gz`: every tag with its article count, most used first, then by name. */
export interface TagIndex {
  format: number
  tags: TagCount[]
}

/** A tag's list, and its name when that differs from the key it is found under. */
export interface TagListRef extends ListRef {
  name?: string
}

/** `tags/s-<h>.json.gz`: one shard of the tag key → list map (newest first, like every list). */
export interface TagShard {
  format: number
  lists: Record<string, TagListRef>
}

/** [day of month, articles that day] */
export type CalendarDayCount = [number, number]

export interface CalendarMonthCounts {
  /** 1-12 */
  m: number
  days: CalendarDayCount[]
}

export interface CalendarYearCounts {
  y: number
  months: CalendarMonthCounts[]
}

/**
 * `calendar/<h>.json.gz`: every year, month and day that has articles, in the site timezone, oldest
 * first, with counts only. Each is a window of the one stored list `h` (the latest list, newest first):
 * `calendarWindows` (calendar-windows.ts) derives every window's ListRef from the counts.
 */
export interface Calendar {
  format: number
  h: string
  years: CalendarYearCounts[]
}

/**
 * Where a date came from when the post had none (or an invalid one): the commit that added the
 * file to git, a date in its image or link URLs, or the file's modification time.
 */
export type DateEvidence = 'git' | 'url' | 'mtime'

/** What a list shows of an article. */
export interface ArticleSummary {
  id: string
  /** Hash of the article file `articles/<f>.json.gz`. */
  f: string
  title: string
  /** ISO 8601 instant in UTC. */
  date: string
  /** The date was inferred (see `Article.dateEstimated`); absent when the post gave it. */
  dateEstimated?: true
  categories: CategoryPath[]
  author?: string
  thumbnail?: string
  /** Plain text, about 120 characters. */
  excerpt: string
  /** The link-preview text, where the front matter gave a `description` beside its `excerpt`. */
  description?: string
}

/** `lists/<h>-<page>.json.gz`, and also what the app's list query returns for a window. */
export interface ListPage {
  format: number
  page: number
  pages: number
  total: number
  items: ArticleSummary[]
}

export interface HeaderImage {
  src: string
  width?: number
  height?: number
  caption?: string
}

/** `articles/<f>.json.gz`: metadata plus sanitized HTML. */
export interface Article {
  format: number
  id: string
  title: string
  date: string
  /** The evidence the date was inferred from; absent when the post gave a valid date. */
  dateEstimated?: DateEvidence
  updated?: string
  categories: CategoryPath[]
  tags: string[]
  /** Parallel to `tags`: the key each is linked under, where `tag_map` gave any a key of its own. */
  tagKeys?: string[]
  author?: string
  /** Taken out of the body's "责任编辑：…" line. */
  editor?: string
  headImage?: HeaderImage
  /** Path of the original site's page, from its permalink pattern, without a leading slash. */
  permalink: string
  /** Characters of text, for reading time. */
  textLength: number
  /** Sanitized at build time; the app sanitizes again before rendering. */
  html: string
}

/** `ids/<h>.json.gz`: article id → article file hash. */
export interface IdShard {
  format: number
  files: Record<string, string>
}

/** `aliases/index-<h>.json.gz`: the alias shards' hashes, indexed by shardOf(permalink, length). */
export interface AliasIndex {
  format: number
  shards: string[]
}

/** `aliases/<h>.json.gz`: old permalink (no leading or trailing slash) → article id. */
export interface AliasShard {
  format: number
  ids: Record<string, string>
}

/** `skipped`: a draft (`published: false`, or in `_drafts/`), which Hexo does not publish either. */
export type ReportStatus = 'ok' | 'repaired' | 'rejected' | 'skipped'

export interface ReportEntry {
  /** Relative to the posts folder, with forward slashes. */
  path: string
  id: string
  status: ReportStatus
  /** The article file written, relative to the output folder. */
  file?: string
  warnings?: string[]
  /** The post had no valid date: the evidence its date was inferred from. */
  dateEstimated?: DateEvidence
  /** With status `rejected`. */
  reason?: string
  /** 1-based line the reason points at, when known. */
  line?: number
}

/** `build-report.json` in the output folder. */
export interface BuildReport {
  format: number
  buildId: string
  totals: { files: number; ok: number; repaired: number; rejected: number; skipped: number }
  entries: ReportEntry[]
  /** A site build from a Hexo site root: what became of the site's own files. */
  siteFiles?: SiteFilesReport
  /** A site build: its feeds, sitemaps and robots.txt. */
  discovery?: DiscoveryReport
}

/** What a site build wrote for feed readers and crawlers; nothing without a site URL. */
export interface DiscoveryReport {
  /** Why nothing was written (no site URL: feeds and sitemaps need absolute URLs). */
  skipped?: string
  /** Feeds written (the site's and one per category node), each in three formats. */
  feeds: number
  /** URLs in the sitemaps, and the sitemaps holding them (the index not counted). */
  sitemapUrls: number
  sitemaps: number
  /** `robots.txt`: written, the site's own kept, or none (the site is not at its host's root). */
  robots: 'written' | 'site' | 'not at the host root' | 'none'
  /** Files whose bytes the previous site already had: carried over as they were (same file). */
  unchanged: number
  /** Feeds not written (two category paths that map to one folder). */
  warnings: string[]
}

/** The Hexo site's own files (source/ and the posts' asset folders), copied into the site. */
export interface SiteFilesReport {
  copied: number
  /** Pages (Markdown, HTML, templates) of source/ and asset folders, relative to the site root: not rendered, not copied. */
  pages: string[]
  /** Files not copied, each named: one would overwrite the app's file, or links outside the site. */
  warnings: string[]
}
