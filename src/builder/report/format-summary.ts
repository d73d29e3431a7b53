import type { BuildResult } from './build-result'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** The CLI's summary and the first problems as `file:line: reason`. */
export function formatSummary(
  result: BuildResult,
  elapsedMs: number,
  maxProblems = 20,
  reportName = 'build-report.json',
) {
  const { totals, entries } = result.report
  const seconds = elapsedMs / 1000
  let text = [
    `Built ${plural(result.entry.counts.articles, 'article')} from ${plural(totals.files, 'file')} in ${seconds.toFixed(1)} s` +
      ` (${Math.round(totals.files / Math.max(seconds, 0.001))} posts/s)`,
    `  ok ${totals.ok} · repaired ${totals.repaired} · rejected ${totals.rejected}` +
      (totals.skipped ? ` · skipped ${totals.skipped} (drafts)` : ''),
    `  ${result.entry.counts.categories} categories · ${result.entry.counts.days} days · time zone ${result.site.timezone}`,
  ].join('\n')
  const lines: string[] = []
  for (const e of entries) {
    if ((e.status === 'ok' && !e.warnings) || e.status === 'skipped') continue
    const where = `${e.path}${e.line ? `:${e.line}` : ''}`
    const reasons =
      e.status === 'rejected'
        ? [`rejected: ${e.reason}`]
        : (e.warnings ?? []).map((w) => `${e.status === 'repaired' ? 'repaired' : 'warning'}: ${w}`)
    for (const reason of reasons) lines.push(`${where}: ${reason}`)
  }
  const site = result.report.siteFiles
  if (site) {
    text += `\n  site files: ${site.copied} copied · ${plural(site.pages.length, 'page')} not rendered`
    lines.push(...site.warnings)
  }
  const discovery = result.report.discovery
  // Without a site URL the CLI says so once, beside the link previews it also concerns.
  if (discovery && !discovery.skipped) {
    text +=
      `\n  feeds: ${plural(discovery.feeds, 'feed')} × 3 formats · sitemaps: ${discovery.sitemapUrls} URLs in ${plural(discovery.sitemaps, 'file')}` +
      ` · robots.txt: ${discovery.robots}` +
      (discovery.unchanged ? ` · ${discovery.unchanged} files unchanged` : '')
    lines.push(...discovery.warnings)
  }
  const shown = lines.slice(0, maxProblems)
  if (lines.length > maxProblems)
    shown.push(`… and ${lines.length - maxProblems} more in ${reportName}`)
  return { text, problems: shown.join('\n') }
}
