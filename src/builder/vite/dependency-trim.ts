// What a cut in a dependency is, and how the build applies and checks it.

/**
 * One cut in a dependency's published code, made in production builds only: code the app never
 * runs but that tree-shaking cannot drop (a branch on an option the app never passes, a method
 * of a class it instantiates). The home page loads all of it, so each cut is home JavaScript saved.
 */
export interface Trim {
  /** The modules it applies to (their ids). */
  file: RegExp
  /** What goes, and why the app can do without it. */
  why: string
  /** A global pattern; its matches are replaced. */
  find: RegExp
  replace: string
  /**
   * How many matches the build must find over all those modules, or 'any'. When a new version of
   * the dependency changes the code, the build fails instead of quietly keeping what it should cut
   * or cutting what it should keep.
   */
  count: number | 'any'
}

/** The error a trimmed feature throws if the app ever starts to use it. */
export const trimmed = (feature: string) =>
  `throw new Error(${JSON.stringify(`${feature}: trimmed from the production build (src/builder/vite/trim-dependencies-plugin.ts)`)})`

/** Applies `trims` to one module's code; returns null when none applies, and counts the matches. */
export function applyTrims(
  code: string,
  id: string,
  trims: readonly Trim[],
  counts: Map<Trim, number>,
): string | null {
  let out: string | null = null
  for (const trim of trims) {
    if (!trim.file.test(id)) continue
    const source: string = out ?? code
    const matches = source.match(trim.find)?.length ?? 0
    counts.set(trim, (counts.get(trim) ?? 0) + matches)
    out = matches ? source.replace(trim.find, trim.replace) : source
  }
  return out
}

/** The trims whose files were seen but whose matches were not as many as expected. */
export function unexpectedCounts(trims: readonly Trim[], counts: Map<Trim, number>): string[] {
  return trims
    .filter((t) => t.count !== 'any' && counts.has(t) && counts.get(t) !== t.count)
    .map((t) => `${String(t.find)} matched ${counts.get(t)} times, expected ${t.count} (${t.why})`)
}
