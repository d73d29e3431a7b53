/**
 * A small site for feed tests: posts written into a temporary folder, built into a bundle
 * (`<site>/data/`), then its feeds, sitemaps and robots.txt written beside it as a site build
 * does (the app itself is left out: feeds read only the bundle).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { ArticleSummary, DiscoveryReport, Entry } from '../../../bundle/format'
import { BUNDLE_DIR } from '../../../bundle/paths'
import { buildBundle } from '../../pipeline/build-bundle'
import { resolveConfig } from '../../config'
import { readLatest } from '../../site/read-latest'
import type { DiscoveryOptions } from '../../site/write-discovery'
import { digestLatest, withRobots, writeFeedsAndSitemaps } from '../../site/write-discovery'

export interface FeedSite {
  root: string
  site: string
  entry: Entry
  latest: ArticleSummary[]
  report: DiscoveryReport
}

export async function buildFeedSite(
  posts: Record<string, string>,
  options: Omit<DiscoveryOptions, 'modified'> & { timezone: string },
): Promise<FeedSite> {
  const root = await mkdtemp(join(tmpdir(), 'broadsheet-feeds-'))
  for (const [path, text] of Object.entries(posts)) {
    await mkdir(dirname(join(root, 'posts', path)), { recursive: true })
    await writeFile(join(root, 'posts', path), text)
  }
  const site = join(root, 'site')
  const config = resolveConfig({
    posts: join(root, 'posts'),
    out: join(site, BUNDLE_DIR),
    timezone: options.timezone,
    workers: 0,
  })
  const { entry, modified } = await buildBundle(config)
  const latest = await readLatest(site, entry)
  const discovery = { ...options, modified }
  const written = await writeFeedsAndSitemaps(
    site,
    entry,
    digestLatest(latest, options.feedItems),
    discovery,
  )
  const report = await withRobots(site, written, discovery)
  return { root, site, entry, latest, report }
}

/** A post in Hexo's format. */
export const post = (front: Record<string, unknown>, body: string) =>
  `---\n${Object.entries(front)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n${body}\n`
