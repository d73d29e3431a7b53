/** Hexo's posts per second beside ours from the same run, against issue 15's target. */
import type { HexoFigures } from './measure-hexo'

/** Issue 15: ours at 10,000 posts ≥ 10 × Hexo's posts per second at 1,000. */
export const TARGET_RATIO = 10
export const OURS_POSTS = 10_000

/** One size of our run, as the comparison reads it. */
export interface OurFigures {
  posts: number
  /** The table's posts/s: posts ÷ the builder's `--stats` time (Node's start-up excluded). */
  postsPerSecond: number
  /** Wall time of the same `bundle` child process, Node's start-up included, as Hexo's is. */
  wallSeconds: number
  /** Wall time of the `site` command: the bundle, the share pages and the prebuilt app. */
  siteSeconds: number
  /** CPU time of the `bundle` process, all threads: less swayed by other work on the machine. */
  cpuSeconds: number | null
}

type Derived = {
  wallPostsPerSecond: number
  sitePostsPerSecond: number
  /** Posts per CPU-second, ours and Hexo's: what each costs the machine, whatever else runs. */
  cpu: { ours: number; hexo: number; ratio: number } | null
}

export interface HexoComparison {
  hexo: HexoFigures
  /** Our figures at 10,000 posts from the same run; null when the run had no such size. */
  ours: (OurFigures & Derived) | null
  /** Ours (the table's posts/s) ÷ Hexo's; null without both. */
  ratio: number | null
  target: number
  met: boolean | null
  /** What the figures leave out: no 10,000 row, posts Hexo did not render, a failed generate. */
  notes: string[]
}

export function compareWithHexo(
  hexo: HexoFigures,
  ours: OurFigures[],
  sizes: number[],
): HexoComparison {
  const notes: string[] = []
  const row = ours.find((o) => o.posts === OURS_POSTS)
  if (!row)
    notes.push(
      `no ${OURS_POSTS.toLocaleString('en-US')}-post build in this run (--sizes ${sizes.join(',')})`,
    )
  if (hexo.exitCode !== 0)
    notes.push(`hexo generate exited with ${hexo.exitCode} (log: ${hexo.logFile})`)
  if (hexo.postsGenerated < hexo.posts)
    notes.push(
      `Hexo rendered ${hexo.postsGenerated} of ${hexo.posts} posts; its posts/s counts those ${hexo.postsGenerated}`,
    )
  if (hexo.postsUntitled > 0)
    notes.push(`${hexo.postsUntitled} of Hexo's post pages have no title (front matter not read)`)
  const ratio = row && hexo.postsPerSecond > 0 ? row.postsPerSecond / hexo.postsPerSecond : null
  const cpu = (ours: OurFigures): Derived['cpu'] => {
    if (!ours.cpuSeconds || !hexo.cpuSeconds || hexo.postsGenerated === 0) return null
    const perCpu = {
      ours: ours.posts / ours.cpuSeconds,
      hexo: hexo.postsGenerated / hexo.cpuSeconds,
    }
    return { ...perCpu, ratio: perCpu.ours / perCpu.hexo }
  }
  return {
    hexo,
    ours: row
      ? {
          ...row,
          wallPostsPerSecond: row.posts / row.wallSeconds,
          sitePostsPerSecond: row.posts / row.siteSeconds,
          cpu: cpu(row),
        }
      : null,
    ratio,
    target: TARGET_RATIO,
    met: ratio === null ? null : ratio >= TARGET_RATIO,
    notes,
  }
}

const n = (value: number) => Math.round(value).toLocaleString('en-US')
const times = (value: number) => `${value.toFixed(1)}×`

/** The lines `npm run bench` prints under its table. */
export function formatHexoComparison(c: HexoComparison): string {
  const { hexo, ours } = c
  const { hexo: version, ...plugins } = hexo.packages
  const { loadSeconds, generateSeconds, filesGenerated } = hexo.log
  const pluginList = Object.entries(plugins).map(([name, v]) => `${name} ${v}`)
  const own =
    loadSeconds === null || generateSeconds === null
      ? ''
      : ` (its own timer: files loaded ${loadSeconds.toFixed(2)} s, ${filesGenerated} files generated ${generateSeconds.toFixed(2)} s)`
  const rss = hexo.peakRssMb === null ? '–' : `${Math.round(hexo.peakRssMb)} MB`
  const cpu = hexo.cpuSeconds === null ? '–' : `${hexo.cpuSeconds.toFixed(1)} s`
  const load = hexo.load.map((l) => l.toFixed(1)).join(' → ')
  const lines = [
    `Hexo ${version} (${pluginList.join(', ')}): ${n(hexo.postsGenerated)} of ${n(hexo.posts)} posts generated in ${hexo.seconds.toFixed(2)} s wall${own}`,
    `  ${n(hexo.postsPerSecond)} posts/s, peak RSS ${rss}, CPU ${cpu}; load ${load}`,
  ]
  const vsHexo = (postsPerSecond: number) =>
    `${n(postsPerSecond)} posts/s, ${times(postsPerSecond / hexo.postsPerSecond)}`
  if (ours && c.ratio !== null) {
    lines.push(
      `Ours at ${n(ours.posts)} posts: ${n(ours.postsPerSecond)} posts/s = ${times(c.ratio)} Hexo's; target ≥ ${c.target}×: ${c.met ? 'met' : 'missed'}`,
      `  by wall time, Node's start-up included: bundle ${vsHexo(ours.wallPostsPerSecond)}; site ${vsHexo(ours.sitePostsPerSecond)}`,
    )
    if (ours.cpu)
      lines.push(
        `  by CPU time: bundle ${n(ours.cpu.ours)} posts per CPU-second, Hexo ${n(ours.cpu.hexo)}: ${times(ours.cpu.ratio)}`,
      )
  } else lines.push(`No ratio against the ≥ ${c.target}× target.`)
  for (const note of c.notes) lines.push(`  note: ${note}`)
  return lines.join('\n')
}
