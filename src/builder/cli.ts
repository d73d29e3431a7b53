import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { join, relative } from 'node:path'
import type { BuildOptions, BuildResult } from './pipeline/build-bundle'
import { buildBundle } from './pipeline/build-bundle'
import { buildSite, siteReportPath } from './site/build-site'
import { loadBuildCache, saveBuildCache } from './write/build-cache'
import type { Config } from './config'
import { resolveConfig } from './config'
import { formatSummary } from './report/format-summary'

const USAGE = `Usage:
  broadsheet site   [--posts DIR] [--out DIR] [--base /path/] [--site-url URL] [--timezone TZ] [--strict]
  broadsheet bundle [--posts DIR] [--out DIR] [--timezone TZ] [--strict] [--incremental]

  --posts     a folder of Hexo posts, or a Hexo site root with _config.yml (default: content)
  --out       site: the site folder (default: dist); bundle: the bundle folder (default: dist/data)
  --base      public path the site is served under (default: /)
  --site-url  the site's public URL, such as https://example.com, for link previews
              (canonical and og: URLs); without it those tags are left out
  --timezone  zone for days and months when _config.yml names none (default: UTC)
  --strict    exit non-zero when any post was repaired or rejected
  --incremental  bundle: reuse the last build in --out (its .cache.json): only changed posts are
              processed and only changed files written
  --quiet     print only problems
  --stats     print figures as one JSON line (for benchmarks)`

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
    },
  })
  const command = positionals[0] ?? 'site'
  if (values.help || !['site', 'bundle'].includes(command)) {
    console.log(USAGE)
    return values.help ? 0 : 2
  }
  const config = resolveConfig({
    posts: values.posts,
    out: command === 'bundle' ? values.out : undefined,
    timezone: values.timezone,
    strict: values.strict,
    workers: values.workers ? Number(values.workers) : Math.min(4, availableParallelism()),
  })
  const onProgress = process.stdout.isTTY && !values.quiet ? showProgress : undefined
  const started = performance.now()
  const result: BuildResult =
    command === 'site'
      ? await buildSite(config, {
          outDir: values.out ?? 'dist',
          base: normalizeBase(values.base),
          siteUrl: values['site-url'],
          onProgress,
        })
      : await buildIncremental(config, values.incremental === true, onProgress)
  if (onProgress) process.stdout.write('\r\x1b[K')
  const report =
    command === 'site'
      ? relative(process.cwd(), siteReportPath(values.out ?? 'dist'))
      : join(config.out, 'build-report.json')
  const { text, problems } = formatSummary(result, performance.now() - started, 20, report)
  if (!values.quiet) console.log(text)
  if (command === 'site' && !values['site-url'] && !values.quiet && !values.stats) {
    console.log('No --site-url: link previews leave out canonical, og:url and relative og:image.')
  }
  if (problems && !values.stats) console.error(problems)
  if (values.stats) {
    // One JSON line for `npm run bench`; maxRSS covers the worker threads too (same process).
    const stats = {
      ...result.report.totals,
      ms: performance.now() - started,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      timings: result.timings,
      written: result.written,
      linked: result.linked,
    }
    console.log(JSON.stringify(stats))
  }
  const { totals } = result.report
  if (totals.ok + totals.repaired === 0) {
    console.error('Nothing usable was built: no post could be read.')
    return 1
  }
  if (config.strict && totals.repaired + totals.rejected > 0) {
    console.error('--strict: some posts were repaired or rejected.')
    return 1
  }
  return 0
}

async function buildIncremental(
  config: Config,
  incremental: boolean,
  onProgress: BuildOptions['onProgress'],
): Promise<BuildResult> {
  const cache = incremental ? await loadBuildCache(config.out) : undefined
  const result = await buildBundle(config, { onProgress, cache })
  if (cache) await saveBuildCache(config.out, cache)
  return result
}

function showProgress(done: number, total: number) {
  if (done % 50 === 0 || done === total) process.stdout.write(`\rBuilding posts: ${done}/${total}`)
}

function normalizeBase(base: string | undefined): string {
  if (!base) return '/'
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
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
