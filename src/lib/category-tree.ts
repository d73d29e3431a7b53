/** A stable key for a path; names cannot contain a NUL. */
export const categoryKey = (path: readonly string[]) => path.join('\u0000')

/** True when `path` starts with `prefix` (so the node at `prefix` is on the way to `path`). */
export function isPathPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((name, i) => path[i] === name)
}
