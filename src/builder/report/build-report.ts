import type { ArticleSummary, BuildReport, ReportEntry } from '../../bundle/format'
import type { ScanProblem } from '../read/scan-posts'
import type { ProcessedPost } from '../workers/process-post'

/** One entry per file: the posts' outcomes, then the files the scan could not read. */
export function reportEntries(
  results: readonly ProcessedPost[],
  problems: readonly ScanProblem[],
  /** Prefix for article paths, when the report sits above the bundle folder (`data/`). */
  prefix = '',
): ReportEntry[] {
  return [
    // Copies: cached results are reused across builds and must not collect warnings.
    ...results.map((r) => ({
      ...r.entry,
      ...(r.entry.file ? { file: `${prefix}${r.entry.file}` } : {}),
    })),
    ...problems.map((p): ReportEntry => ({
      path: p.relPath,
      id: '',
      status: p.skipped ? 'skipped' : 'rejected',
      reason: p.reason,
    })),
  ]
}

/** Two posts with the same title and day are kept, but the report says so: often a double import. */
export function flagDuplicateTitles(summaries: ArticleSummary[], entries: ReportEntry[]): void {
  const byKey = new Map<string, string>()
  const entryById = new Map(entries.map((e) => [e.id, e]))
  for (const s of [...summaries].reverse()) {
    const key = `${s.title}\u0000${s.date.slice(0, 10)}`
    const first = byKey.get(key)
    if (first === undefined) {
      byKey.set(key, entryById.get(s.id)?.path ?? s.id)
      continue
    }
    const entry = entryById.get(s.id)
    if (entry)
      entry.warnings = [...(entry.warnings ?? []), `duplicate title and date: same as ${first}`]
  }
}

export function countTotals(entries: readonly ReportEntry[]): BuildReport['totals'] {
  const totals = { files: entries.length, ok: 0, repaired: 0, rejected: 0, skipped: 0 }
  for (const e of entries) totals[e.status] += 1
  return totals
}
