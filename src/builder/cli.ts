import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import type { BuildResult } from './index'
import { buildBundle, buildSite, formatSummary } from './index'
import { DEFAULT_CONFIG } from './config.ts'
import { postsFolderProblem } from './read/check-posts-folder.ts'

const USAGE = `Usage:
  broadsheet site   [--posts DIR] [--out DIR] [--base /path/] [--site-url URL] [--timezone TZ] [--strict]
  broadsheet bundle [--posts DIR] [--out DIR] [--timezone TZ] [--strict] [--incremental]

  --posts     a folder of Hexo posts, or a Hexo site root with _config.yml (default: content)
  --out       site: the site folder (default: dist); bundle: the bundle folder (default: dist/data)
  --base      public path the site is served under (default: _config.yml's root, else /)
  --site-url  the site's public URL, such as https://example.com, for link previews
              (canonical and og: URLs; default: _config.yml's url); without it those tags
              are left out
  --timezone  zone for days and months when _config.yml names none (default: UTC)
  --strict    exit non-zero when any post was repaired or rejected
  --incremental  bundle: reuse the last build in --out (its .cache.json): only changed posts are
              processed and only changed files written
  --quiet     print only problems
  --stats     print figures as one JSON line (for benchmarks)
  --version   print the version`

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      posts: { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string' },
      'site-url': { type: 'string' },
      timezone: { type: 'string' },
      strict: { type: 'boolean' },
      quiet: { type: 'boolean' },
      stats: { type: 'boolean' },
      incremental: { type: 'boolean' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
  if (values.version) {
    console.log(await version())
    return 0
  }
  const command = positionals[0] ?? 'site'
  if (values.help || !['site', 'bundle'].includes(command)) {
    console.log(USAGE)
    return values.help ? 0 : 2
  }
  const config = {
    posts: values.posts,
    out: values.out,
    timezone: values.timezone,
    strict: values.strict,
    workers: values.workers ? Number(values.workers) : Math.min(4, availableParallelism()),
  }
  // A wrong path fails before any other work (the site build would first build the app).
  const problem = await postsFolderProblem(config.posts ?? DEFAULT_CONFIG.posts)
  if (problem) {
    console.error(`broadsheet: ${problem}`)
    return 2
  }
  const onProgress = process.stdout.isTTY && !values.quiet ? showProgress : undefined
  const started = performance.now()
  const result: BuildResult =
    command === 'site'
      ? await buildSite({ ...config, base: values.base, siteUrl: values['site-url'], onProgress })
      : await buildBundle(config, { incremental: values.incremental, onProgress })
  if (onProgress) process.stdout.write('\r\x1b[K')
  const elapsed = performance.now() - started
  const reportName = relative(process.cwd(), result.reportPath)
  const { text, problems } = formatSummary(result, elapsed, 20, reportName)
  if (!values.quiet) console.log(text)
  if (command === 'site' && !result.siteUrl && !values.quiet && !values.stats)
    console.log('No --site-url: link previews leave out canonical, og:url and relative og:image.')
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
