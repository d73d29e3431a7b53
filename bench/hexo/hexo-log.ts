/** Reads the figures and problems out of what `hexo generate` prints. */

export interface HexoLog {
  /** Hexo's own "Files loaded in": from the command's start to every source file processed. */
  loadSeconds: number | null
  /** Hexo's own "N files generated in": rendering and writing the public folder. */
  generateSeconds: number | null
  /** Every file Hexo wrote: pages, list pages, the theme's CSS. */
  filesGenerated: number | null
  warnings: number
  errors: number
  /** The first few WARN and ERROR lines, as printed. */
  problems: string[]
}

const UNIT_SECONDS: Record<string, number> = {
  h: 3600,
  min: 60,
  s: 1,
  ms: 1e-3,
  μs: 1e-6,
  ns: 1e-9,
}

// hexo-log colours its level names (picocolors does where CI is set, even into a pipe).
// eslint-disable-next-line no-control-regex -- escape sequences are exactly what must go
const ANSI = /\u001b\[[0-9;]*m/g

/** pretty-hrtime's short form, as Hexo prints durations: "512 ms", "2.35 s", "1.5 min". */
export function parseDuration(text: string): number | null {
  const match = /^([\d.]+) (h|min|s|ms|μs|ns)$/.exec(text.trim())
  if (!match) return null
  return Number(match[1]) * (UNIT_SECONDS[match[2] as string] as number)
}

const PROBLEMS_KEPT = 5

export function parseHexoLog(output: string): HexoLog {
  const lines = output.replace(ANSI, '').split('\n')
  const log: HexoLog = {
    loadSeconds: null,
    generateSeconds: null,
    filesGenerated: null,
    warnings: 0,
    errors: 0,
    problems: [],
  }
  for (const line of lines) {
    const loaded = /^INFO\s+Files loaded in (.+)$/.exec(line)
    if (loaded) log.loadSeconds = parseDuration(loaded[1] as string)
    const generated = /^INFO\s+(\d+) files generated in (.+)$/.exec(line)
    if (generated) {
      log.filesGenerated = Number(generated[1])
      log.generateSeconds = parseDuration(generated[2] as string)
    }
    const problem = /^(WARN|ERROR|FATAL)\s/.exec(line)
    if (!problem) continue
    if (problem[1] === 'WARN') log.warnings += 1
    else log.errors += 1
    if (log.problems.length < PROBLEMS_KEPT) log.problems.push(line.trim())
  }
  return log
}
