/** The two search tables `npm run bench` prints: our search's figures, and Pagefind beside it. */
import type { BuildFigures } from '../lib/build'
import type { SearchFigures, Spread } from './measure-search'

export interface SearchRow {
  posts: number
  search: Omit<SearchFigures, 'perQuery' | 'pagefind'> & {
    pagefind: Omit<NonNullable<SearchFigures['pagefind']>, 'queries'> | null
  }
  build: BuildFigures
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`
const pair = (s: Spread | undefined, f: (n: number) => string) =>
  s && s.n > 0 ? `${f(s.p50)} / ${f(s.p95)}` : '–'
const ms = (n: number) => String(Math.round(n))
const pct = (n: number) => `${(n * 100).toFixed(1)}%`
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`
const line = (values: string[]) => `| ${values.join(' | ')} |`
const table = (head: string[], rows: string[][]) =>
  [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')

export function formatSearchTables(rows: SearchRow[]): string {
  const ours = table(
    [
      'posts',
      'queries',
      'index',
      'index ÷ corpus',
      'manifest (read with the code)',
      'recall',
      'precision',
      'KB first screen p50 / p95',
      'KB page of 20 p50 / p95',
      'cold ms p50 / p95',
      'warm ms p50 / p95',
      'warm, one frame later (until 2026-12-08), ms p50 / p95',
      'first query, 4× CPU 1.6 Mbps, ms p50 / p95',
    ],
    rows.map(({ posts, search: s }) => [
      posts.toLocaleString('en-US'),
      String(s.queries),
      `${mb(s.indexBytes)} (${s.indexFiles} files)`,
      `${s.indexRatio.toFixed(3)}×`,
      // Results from before the manifest was read with the code have no figure.
      s.manifestBytes ? `${kb(s.manifestBytes)} KB` : '–',
      `${pct(s.recall)}${s.recallQueries < s.queries ? ` (${s.recallQueries} queries)` : ''}`,
      pct(s.precision),
      pair(s.summary?.bytesFirstScreen, kb),
      pair(s.summary?.bytesPage, kb),
      pair(s.summary?.coldMs, ms),
      pair(s.summary?.warmMs, ms),
      pair(s.summary?.warmFrameAfterMs, ms),
      pair(s.summary?.throttledMs, ms),
    ]),
  )
  const side = rows.filter((r) => r.search.pagefind)
  if (side.length === 0) return ours
  const versus = table(
    [
      'posts',
      'engine',
      'build s',
      'peak RSS',
      'index',
      'recall',
      'KB first screen p50 / p95',
      'KB page of 20 p50 / p95',
    ],
    side.flatMap(({ posts, search: s, build }) => {
      const pf = s.pagefind!
      const n = posts.toLocaleString('en-US')
      const broadsheet = [
        n,
        'Broadsheet (whole bundle build)',
        build.seconds.toFixed(1),
        `${Math.round(build.maxRssMb)} MB`,
        mb(s.indexBytes),
        pct(s.recall),
        pair(s.summary?.bytesFirstScreen, kb),
        pair(s.summary?.bytesPage, kb),
      ]
      if (pf.failed)
        return [broadsheet, [n, 'Pagefind', `failed: ${pf.failed}`, '', '', '', '', '']]
      return [
        broadsheet,
        [
          n,
          'Pagefind (index only)',
          pf.buildSeconds.toFixed(1),
          pf.peakRssMb === null ? '–' : `${Math.round(pf.peakRssMb)} MB`,
          mb(pf.indexBytes),
          pct(pf.recall),
          pair(pf.bytesFirstScreen, kb),
          pair(pf.bytesPage20, kb),
        ],
      ]
    }),
  )
  return `${ours}\n\n${versus}`
}
