/**
 * A tag's arguments as Hexo splits them: on whitespace, with "double" or 'single' quotes holding
 * spaces (the quotes are dropped), as Nunjucks hands them to Hexo's tag functions.
 */
export function splitArgs(text: string): string[] {
  const args: string[] = []
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g
  for (let m = re.exec(text); m; m = re.exec(text)) args.push(m[1] ?? m[2] ?? m[3] ?? '')
  return args
}

/** `key:value` options (`lang:js`, `mark:1,3-4`) apart from the plain arguments. */
export function takeOptions(args: readonly string[], keys: readonly string[]) {
  const options = new Map<string, string>()
  const rest: string[] = []
  for (const arg of args) {
    const colon = arg.indexOf(':')
    const key = colon > 0 ? arg.slice(0, colon) : ''
    if (keys.includes(key)) options.set(key, arg.slice(colon + 1))
    else rest.push(arg)
  }
  return { options, rest }
}

/** Lines listed as `1,3-4`: a set of 1-based line numbers. */
export function lineSet(spec: string | undefined): Set<number> {
  const lines = new Set<number>()
  for (const part of (spec ?? '').split(',')) {
    const [a, b] = part.split('-').map((n) => Number.parseInt(n, 10))
    if (a === undefined || !Number.isFinite(a)) continue
    const end = b !== undefined && Number.isFinite(b) ? Math.min(b, a + 10_000) : a
    for (let n = a; n <= end; n += 1) lines.add(n)
  }
  return lines
}

const URL_LIKE = /^(?:https?:\/\/|\/)\S*$/

export const isUrl = (text: string | undefined): boolean =>
  text !== undefined && URL_LIKE.test(text)
