/** The one table `npm run bench` prints, and the row it is made of. */

export interface Row {
  posts: number
  buildSeconds: number
  postsPerSecond: number
  peakRssMb: number
  outputBytes: number
  entryGz: number
  firstLoadGz: number | null
  firstLoadIdleGz: number | null
  articleFetchGz: number | null
  clickToContentMs: number | null
  lcpMs: number | null
  cls: number | null
  tbtMs: number | null
  heapMb: number | null
}

const HEAD = [
  'posts',
  'build s',
  'posts/s',
  'peak RSS',
  'output bytes',
  'entry gz',
  'first load gz, to list paint',
  'first load gz, to network idle',
  'article fetch bytes',
  'click-to-content ms',
  'LCP',
  'CLS',
  'TBT',
  'heap MB',
]

const kb = (n: number | null) => (n === null ? '–' : `${(n / 1024).toFixed(1)} KB`)
const mb = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : `${(n / 1e6).toFixed(1)} MB`)
const num = (n: number | null, digits = 0, unit = '') =>
  n === null ? '–' : `${n.toFixed(digits)}${unit}`

export function formatTable(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.posts.toLocaleString('en-US'),
    r.buildSeconds.toFixed(1),
    Math.round(r.postsPerSecond).toLocaleString('en-US'),
    `${Math.round(r.peakRssMb)} MB`,
    mb(r.outputBytes),
    kb(r.entryGz),
    kb(r.firstLoadGz),
    kb(r.firstLoadIdleGz),
    kb(r.articleFetchGz),
    num(r.clickToContentMs),
    r.lcpMs === null ? '–' : `${(r.lcpMs / 1000).toFixed(2)} s`,
    num(r.cls, 3),
    num(r.tbtMs, 0, ' ms'),
    num(r.heapMb, 1),
  ])
  const line = (values: string[]) => `| ${values.join(' | ')} |`
  return [line(HEAD), line(HEAD.map(() => '---')), ...cells.map(line)].join('\n')
}
