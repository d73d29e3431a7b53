/** Command-line options of gen-corpus. */
import { parseArgs } from 'node:util'

export interface CorpusOptions {
  /** Number of valid posts. */
  count: number
  /** Output folder; must be empty or missing unless `clean` is set. */
  out: string
  seed: number
  /** Number of broken posts in `<out>/_broken/`. */
  broken: number
  /** Also write the 10 MB post among the broken ones. */
  huge: boolean
  /** Delete `out` first. */
  clean: boolean
}

export const usage =
  'usage: tsx bench/gen-corpus.ts --count N --out DIR [--seed S] [--broken K] [--huge] [--clean]'

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number ≥ 0, got "${value}"`)
  return n
}

export function parseOptions(argv: string[]): CorpusOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      count: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      broken: { type: 'string' },
      huge: { type: 'boolean', default: false },
      clean: { type: 'boolean', default: false },
    },
  })
  if (values.out === undefined || values.count === undefined) throw new Error(usage)
  return {
    count: integer('count', values.count, 0),
    out: values.out,
    seed: integer('seed', values.seed, 1),
    broken: integer('broken', values.broken, 0),
    huge: values.huge,
    clean: values.clean,
  }
}
