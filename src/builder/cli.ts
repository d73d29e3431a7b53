import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import type { BuildResult } from './index'
import { buildBundle, buildSite, formatSummary } from './index'
import { DEFAULT_CONFIG } from './config.ts'
import { postsFolderProblem } from './read/check-posts-folder.ts'
import type { ServeOptions } from './serve/serve-site.ts'
import { ServeProblem, startSite } from './serve/serve-site.ts'

const BUILD_USAGE = `Usage: broadsheet build [SITE-OR-POSTS] [--out DIR] [--base /path/] [--site-url URL]
                        [--feed-items N] [--feed-content full|excerpt]
                        [--timezone TZ] [--strict] [--quiet]

Builds a static site (the reader, its data and a page per article) from a Hexo blog.

  SITE-OR-POSTS  a Hexo site root (with _config.yml and source/_posts) or a folder of
              posts (default: content, the sample)
  --out       the site folder (default: dist)
  --base      public path the site is served under (default: _config.yml's root, else /)
  --site-url  the site's public URL, such as https://example.com, for link previews
              (canonical and og: URLs), feeds, sitemaps and robots.txt (default:
              _config.yml's url); without it those tags and files are left out
  --feed-items  articles in each feed (the site's and every category's), newest first
              (default: _config.yml's feed.limit, else 20)
  --feed-content  full: feeds carry each article's HTML (default); excerpt: its excerpt
  --timezone  zone for days and months when _config.yml names none (default: UTC)
  --strict    exit non-zero when any post was repaired or rejected
  --quiet     print only problems
  --stats     print figures as one JSON line (for benchmarks)`

const SERVE_USAGE = `Usage: broadsheet serve [DIR] [--port N] [--base /path/] [--like github-pages|cdn]

Serves a built site with a static host's path rules, to look at it before deploying.

  DIR         the site folder (default: dist)
  --port      the port (default: 4173)
  --base      the public path it was built for (default: read from the site)
  --like      github-pages (default): unknown paths get 404.html; cdn: app routes get
              index.html, text is gzipped and hashed files are cached`

const BUNDLE_USAGE = `Usage: broadsheet bundle [POSTS] [--out DIR] [--timezone TZ] [--strict] [--incremental]

Builds the reader's data only (no app): the bundle folder a site's data/ holds.

  --out       the bundle folder (default: dist/data)
  --incremental  reuse the last build in --out (its .cache.json): only changed posts are
              processed and only changed files written`

const USAGE = `Usage: broadsheet <command> [options]

  build [SITE-OR-POSTS]   build a static site from a Hexo blog (site is another name for it)
  serve [DIR]             serve a built site locally
  bundle [POSTS]          build the reader's data only

  broadsheet <command> --help   what each command takes
  broadsheet --version          the version`

const USAGES: Record<string, string> = {
  build: BUILD_USAGE,
  site: BUILD_USAGE,
  serve: SERVE_USAGE,
  bundle: BUNDLE_USAGE,
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      posts: { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string' },
      'site-url': { type: 'string' },
      'feed-items': { type: 'string' },
      'feed-content': { type: 'string' },
      timezone: { type: 'string' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean' },
      stats: { type: 'boolean' },
      incremental: { type: 'boolean' },
      workers: { type: 'string' },
      port: { type: 'string' },
      like: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
  if (values.version) {
    console.log(await version())
    return 0
  }
  if (values.help && positionals.length === 0) {
    console.log(USAGE)
    return 0
  }
  const command = positionals[0] ?? 'build'
  const usage = USAGES[command]
  if (values.help || !usage) {
    console.log(usage ?? USAGE)
    return values.help ? 0 : 2
  }
  if (command === 'serve') {
    const like = values.like ?? 'github-pages'
    if (like !== 'github-pages' && like !== 'cdn') {
      console.error(`broadsheet: --like takes github-pages or cdn, not ${like}`)
      return 2
    }
    const port = Number(values.port ?? 4173)
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`broadsheet: --port takes a port number, not ${values.port}`)
      return 2
    }
    return serve(positionals[1] ?? 'dist', { port, base: values.base, like })
  }
  const feedItems = values['feed-items'] === undefined ? undefined : Number(values['feed-items'])
  if (feedItems !== undefined && !(Number.isInteger(feedItems) && feedItems >= 1)) {
    console.error(
      `broadsheet: --feed-items takes a whole number of at least 1, not ${values['feed-items']}`,
    )
    return 2
  }
  const feedContent = values['feed-content']
  if (feedContent !== undefined && feedContent !== 'full' && feedContent !== 'excerpt') {
    console.error(`broadsheet: --feed-content takes full or excerpt, not ${feedContent}`)
    return 2
  }
  const config = {
    posts: positionals[1] ?? values.posts,
    out: values.out,
    timezone: values.timezone,
    strict: values.strict,
    workers: values.workers ? Number(values.workers) : Math.min(4, availableParallelism()),
  }
  // A wrong path fails before any other work (in a checkout, a site build may first build the app).
  const problem = await postsFolderProblem(config.posts ?? DEFAULT_CONFIG.posts)
  if (problem) {
    console.error(`broadsheet: ${problem}`)
    return 2
  }
  const onProgress = process.stdout.isTTY && !values.quiet ? showProgress : undefined
  const started = performance.now()
  const result: BuildResult =
    command !== 'bundle'
      ? await buildSite({
          ...config,
          base: values.base,
          siteUrl: values['site-url'],
          feedItems,
          feedContent,
          onProgress,
        })
      : await buildBundle(config, { incremental: values.incremental, onProgress })
  if (onProgress) process.stdout.write('\r\x1b[K')
  const elapsed = performance.now() - started
  const reportName = relative(process.cwd(), result.reportPath)
  const { text, problems } = formatSummary(result, elapsed, 20, reportName)
  if (!values.quiet) console.log(text)
  if (command !== 'bundle' && !result.siteUrl && !values.quiet && !values.stats)
    console.log(
      'No --site-url: link previews leave out canonical, og:url and relative og:image, and no feeds, sitemap or robots.txt are written.',
    )
  if (problems && !values.stats) console.error(problems)
  if (values.stats) console.log(JSON.stringify(stats(result, elapsed)))
  const { totals } = result.report
  if (totals.ok + totals.repaired === 0) {
    console.error('Nothing usable was built: no post could be read.')
    return 1
  }
  if (values.strict && totals.repaired + totals.rejected > 0) {
    console.error('--strict: some posts were repaired or rejected.')
    return 1
  }
  return 0
}

/** Serves a built site until Ctrl-C (or SIGTERM); a site that cannot be served fails with one line. */
async function serve(dir: string, options: ServeOptions): Promise<number> {
  let server
  try {
    server = await startSite(dir, options)
  } catch (error) {
    if (!(error instanceof ServeProblem)) throw error
    console.error(`broadsheet: ${error.message}`)
    return 2
  }
  console.log(`Serving ${dir} at ${server.url}, as ${options.like} would. Ctrl-C stops it.`)
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
  await server.close()
  return 0
}

/** The package's version, from its package.json beside src/. */
async function version(): Promise<string> {
  const file = new URL('../../package.json', import.meta.url)
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version
}

/** One JSON line for `npm run bench`; maxRSS covers the worker threads too (same process). */
function stats(result: BuildResult, ms: number) {
  const { written, linked, timings } = result
  const maxRssMb = process.resourceUsage().maxRSS / 1024
  return { ...result.report.totals, ms, maxRssMb, timings, written, linked }
}

function showProgress(done: number, total: number) {
  if (done % 50 === 0 || done === total) process.stdout.write(`\rBuilding posts: ${done}/${total}`)
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(`broadsheet: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  },
)
