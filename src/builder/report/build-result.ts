import type { BuildReport, Entry, SiteInfo } from '../../bundle/format'
import type { SiteFileSources } from '../site-files/copy-site-files'

/** A site build's steps after the bundle's: the app, share pages, feeds and the swap into place. */
export type SitePhase =
  'app' | 'sharePages' | 'homePage' | 'precache' | 'feedsAndSitemaps' | 'siteFiles' | 'swap'

/** What a bundle build returns: the entry it wrote, its report and its figures. */
export interface BuildResult {
  entry: Entry
  report: BuildReport
  site: SiteInfo
  postsDir: string
  /** Where the build report was written. */
  reportPath: string
  /** Files written this time (unchanged ones are skipped). */
  written: number
  /** List pages whose bytes an old page already had: hard-linked under their new name. */
  linked: number
  /** A site build's public URL: --site-url, else the site's `url:`. */
  siteUrl?: string
  /** Milliseconds of each step: the bundle's, and a site build's own after them. */
  timings: Record<'scan' | 'posts' | 'write', number> & Partial<Record<SitePhase, number>>
  /** Each article's header image URL, by id, for the share pages. */
  headImages?: ReadonlyMap<string, string>
  /** From a Hexo site root: the site's own files, which a site build copies. */
  siteFiles?: SiteFileSources
  /** Article id → its `updated`, where later than its date (most posts have none). */
  modified?: Map<string, string>
}
