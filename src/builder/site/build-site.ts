import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUNDLE_DIR } from '../../bundle/paths'
import type { BundleOptions, BuildResult } from '../pipeline/build-bundle'
import type { SitePhase } from '../report/build-result'
import { buildBundle } from '../pipeline/build-bundle'
import type { ConfigInput } from '../config'
import { resolveConfig } from '../config'
import { ensureAppKit } from '../app-kit/ensure-app-kit'
import { installApp, writeManifest } from '../app-kit/install-app'
import { renderHomeSnapshot, withDescription, withSnapshot } from './home-snapshot'
import { writePrecache } from './precache'
import { entryPreload, homePreloads, withHints } from './preload-links'
import type { ViteManifest } from './preload-links'
import { writeSharePages } from './share-pages'
import { MANIFEST } from '../write/write-files'
import { withSiteDefaults } from '../pipeline/site-defaults'
import { copySiteFiles } from '../site-files/copy-site-files'
import type { ArticleSummary, DiscoveryReport } from '../../bundle/format'
import type { FeedContent } from '../feeds/feed-model'
import { resolveSiteRoot } from '../read/hexo-config'
import { withFeedLinks } from './feed-links'
import { languageTag } from '../html/language-tag'
import { readLatest } from './read-latest'
import type { DiscoveryOptions } from './write-discovery'
import { digestLatest, NO_SITE_URL, withRobots } from './write-discovery'
import type { DiscoveryJob } from './discovery-thread'
import { inThread } from '../workers/in-thread'

export interface SiteOptions {
  /**
   * Public URL of the site, such as `https://example.com` (the base is added when the URL has
   * no path). Link previews need it for canonical, og:url and relative og:image, and feeds,
   * sitemaps and robots.txt for every URL; without it those tags and files are left out.
   */
  siteUrl?: string
  /** Articles in each feed, newest first. @default `_config.yml`'s `feed: limit:`, else 20 */
  feedItems?: number
  /** What feed entries carry: the sanitized article, or its excerpt only. @default 'full' */
  feedContent?: FeedContent
  onProgress?: BundleOptions['onProgress']
}

export const DEFAULT_FEED_ITEMS = 20

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url))

/** The feeds and sitemaps run in a TypeScript thread of their own (see discovery-thread.ts). */
const DISCOVERY_THREAD = new URL('../workers/worker-entry.mjs', import.meta.url)
const DISCOVERY_MODULE = new URL('./discovery-thread.ts', import.meta.url).href

/** public/sample: the pictures of the sample posts in content/, which no other site needs. */
const SAMPLE_IMAGES = 'sample'
const isSampleContent = (postsDir: string) =>
  resolve(postsDir) === resolve(projectRoot, 'content/source/_posts')

/**
 * Puts the prebuilt app and the bundle into a staging folder beside the output, then swaps it in,
 * so a failed or killed build leaves the previous site intact and servable. A checkout whose app
 * sources changed builds the app first, in a process of its own (see ensure-app-kit.ts).
 */
export async function buildSite(given: ConfigInput & SiteOptions): Promise<BuildResult> {
  const input = await withSiteDefaults({
    ...given,
    siteUrl: given.siteUrl,
    feedItems: given.feedItems,
  })
  // `out` is the site folder here; the bundle goes into its data/ folder.
  const config = resolveConfig({ ...input, out: input.out ?? 'dist' })
  const { base } = config
  const outDir = config.out
  // A bad --site-url or feed option fails now, not after the app and the bundle are built.
  const siteRoot = input.siteUrl ? siteRootUrl(input.siteUrl, base) : undefined
  const feedItems = input.feedItems ?? DEFAULT_FEED_ITEMS
  if (!Number.isInteger(feedItems) || feedItems < 1)
    throw new Error(`feed items must be a whole number of at least 1, not ${feedItems}`)
  const feedContent = input.feedContent ?? 'full'
  if (feedContent !== 'full' && feedContent !== 'excerpt')
    throw new Error(`feed content is full or excerpt, not ${String(feedContent)}`)
  // hreflang only for a language the site declares: a guessed one would mislead search engines.
  const declared = given.language ?? (await resolveSiteRoot(config.posts)).site.language
  const language = declared === undefined ? undefined : languageTag(declared)
  const staging = `${outDir}.staging-${process.pid}`
  const retired = `${outDir}.old-${process.pid}`
  await removeLeftovers(outDir)
  // Each step's time, for --stats: the bundle's own steps are timed inside it.
  const phases: Partial<Record<SitePhase, number>> = {}
  const timed = async <T>(phase: SitePhase, work: () => Promise<T>): Promise<T> => {
    const start = performance.now()
    try {
      return await work()
    } finally {
      phases[phase] = Math.round(performance.now() - start)
    }
  }
  try {
    // The app as prebuilt (a checkout builds it first when its sources changed): no Vite here.
    const kit = await timed('app', async () => {
      const prebuilt = await ensureAppKit(projectRoot)
      await installApp(prebuilt, staging, base)
      return prebuilt
    })
    const result = await buildBundle(
      { ...config, out: join(staging, BUNDLE_DIR) },
      {
        // Beside the site, not in it: it names the source files, and it is not for publishing.
        reportPath: siteReportPath(outDir),
        reportPrefix: `${basename(outDir)}/${BUNDLE_DIR}/`,
        onProgress: input.onProgress,
      },
    )
    await writeManifest(staging, result.site)
    // The bundle's list of its files serves incremental builds of a bundle folder; a site is
    // built afresh every time, and no reader needs it (3.9 MB at 100,000 posts).
    await rm(join(staging, BUNDLE_DIR, MANIFEST))
    if (!isSampleContent(result.postsDir))
      await rm(join(staging, SAMPLE_IMAGES), { recursive: true, force: true })
    const indexHtml = await readFile(join(staging, 'index.html'), 'utf8')
    // Feeds need a site URL and a post.
    const feeds = siteRoot !== undefined && result.entry.counts.articles > 0
    const latest = await readLatest(staging, result.entry)
    const discovery: DiscoveryOptions | undefined = siteRoot
      ? { siteRoot, feedItems, feedContent, modified: result.modified, previousDir: outDir }
      : undefined
    // Three steps that write different files, side by side: while one waits on the disk (the
    // share pages create 100,000 files), the others use the CPU.
    const [, , discovered] = await together([
      timed('sharePages', () =>
        writeStaticHostFiles(staging, indexHtml, result, latest, {
          base,
          siteRoot,
          feeds,
          ...(language && siteRoot ? { hreflang: language } : {}),
        }),
      ),
      timed('homePage', async () => {
        const snapshot = await renderHomeSnapshot(kit.renderer, staging, result.entry, base)
        let home = withHints(
          withDescription(withSnapshot(indexHtml, snapshot, result.site.language), result.site),
          homePreloads(base, result.entry),
        )
        if (feeds) home = withFeedLinks(home, base, result.site.title)
        await writeFile(join(staging, 'index.html'), home)
        // Last of the app's files: the worker's precache revisions are those as served.
        await timed('precache', () => writePrecache(staging))
      }),
      // The precache holds the app's shell only, not these.
      timed('feedsAndSitemaps', async () =>
        discovery
          ? inThread<DiscoveryReport>(
              DISCOVERY_THREAD,
              {
                module: DISCOVERY_MODULE,
                siteDir: staging,
                entry: result.entry,
                latest: digestLatest(latest, feedItems),
                options: discovery,
              } satisfies DiscoveryJob & { module: string },
              'the feeds and sitemaps',
            )
          : NO_SITE_URL,
      ),
    ])
    let report: DiscoveryReport = discovered
    await timed('siteFiles', async () => {
      // After every file of the app, feeds and sitemaps included, is in place: the site's own
      // files never overwrite one.
      if (result.siteFiles) result.report.siteFiles = await copySiteFiles(staging, result.siteFiles)
      // After the site's own files: a robots.txt of theirs is kept.
      if (discovery) report = await withRobots(staging, report, discovery)
      result.report.discovery = report
      await writeFile(result.reportPath, JSON.stringify(result.report, null, 1))
    })
    await timed('swap', async () => {
      await rename(outDir, retired).catch(() => {})
      await rename(staging, outDir)
      await rm(retired, { recursive: true, force: true })
    })
    return { ...result, siteUrl: input.siteUrl, timings: { ...result.timings, ...phases } }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}

/** Whether process `pid` still runs (a signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The staging and retired folders of earlier builds of `outDir` that were killed (their process is
 * gone), and this process's own: a killed build cannot clean up after itself.
 */
async function removeLeftovers(outDir: string) {
  const name = basename(outDir)
  const parent = dirname(outDir)
  const left = (await readdir(parent).catch(() => [])).filter((entry) => {
    const match = /^\.(?:staging|old)-(\d+)$/.exec(entry.slice(name.length))
    return (
      entry.startsWith(name) &&
      match &&
      (Number(match[1]) === process.pid || !alive(Number(match[1])))
    )
  })
  await Promise.all(left.map((entry) => rm(join(parent, entry), { recursive: true, force: true })))
}

/** Where a site build's report goes: `dist` → `dist.build-report.json`. */
export const siteReportPath = (outDir: string) =>
  join(dirname(resolve(outDir)), `${basename(resolve(outDir))}.build-report.json`)

/** Absolute root of the deployed site, base included, ending in `/`. */
export function siteRootUrl(siteUrl: string, base: string): string {
  const url = new URL(siteUrl)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`--site-url must be an http(s) URL, not ${siteUrl}`)
  const path = url.pathname === '/' ? base : url.pathname.replace(/\/?$/, '/')
  return new URL(path, url.origin).href
}

/**
 * What plain static hosts need: `404.html` boots the app for any unknown path (GitHub Pages and
 * most hosts serve it), `.nojekyll` stops GitHub Pages from hiding `_`-prefixed files, and
 * `article/<id>.html` (one for each of `latest`) gives link previews their tags.
 */
async function writeStaticHostFiles(
  dir: string,
  indexHtml: string,
  result: BuildResult,
  latest: readonly ArticleSummary[],
  options: {
    base: string
    siteRoot: string | undefined
    feeds: boolean
    hreflang?: string
  },
): Promise<void> {
  const { base, siteRoot, feeds } = options
  // Both from index.html before the home snapshot goes in (they never show the home page), with
  // the entry's preload: every page of the app starts with it. 404.html answers app routes.
  const page = withHints(indexHtml, [entryPreload(base)])
  await writeFile(
    join(dir, '404.html'),
    feeds ? withFeedLinks(page, base, result.site.title) : page,
  )
  await writeFile(join(dir, '.nojekyll'), '')
  const manifestPath = join(dir, '.vite/manifest.json')
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as ViteManifest
  await rm(join(dir, '.vite'), { recursive: true, force: true })
  await writeSharePages(dir, result.entry, latest, {
    indexHtml: page,
    site: result.site,
    siteRoot,
    base,
    manifest,
    headImages: result.headImages,
    ...(options.hreflang ? { hreflang: options.hreflang } : {}),
    feeds,
  })
}

/** Waits for every one of `tasks`, then fails with the first failure: none is left writing. */
async function together<T extends readonly unknown[]>(tasks: {
  [K in keyof T]: Promise<T[K]>
}): Promise<T> {
  const settled = await Promise.allSettled(tasks)
  const failed = settled.find((outcome) => outcome.status === 'rejected')
  if (failed) throw failed.reason
  return settled.map(
    (outcome) => (outcome as PromiseFulfilledResult<unknown>).value,
  ) as unknown as T
}
