import type { Plugin } from 'vite'
import type { Trim } from './dependency-trim.ts'
import { applyTrims, trimmed, unexpectedCounts } from './dependency-trim.ts'
import { REACT_ROUTER_TRIMS } from './react-router-trims.ts'
import { REACT_TRIMS } from './react-trims.ts'

const queryCore = (module: string) =>
  new RegExp(
    `node_modules[\\\\/]@tanstack[\\\\/]query-core[\\\\/]build[\\\\/]modern[\\\\/]${module}\\.js$`,
  )

/** Every cut; each dependency's in order (a later cut sees the code earlier ones left). */
export const TRIMS: readonly Trim[] = [
  ...REACT_ROUTER_TRIMS,
  ...REACT_TRIMS,
  {
    file: /node_modules[\\/]idb[\\/]build[\\/]index\.js$/,
    why: "idb's async iterators (for await over a store, an index or a cursor): the reading stores walk cursors with continue()",
    find: /^async function\* iterate\(\.\.\.args\) \{$/gm,
    replace: `async function* iterate() {\n  ${trimmed('idb async iterators')}\n}\nasync function* unusedIterate(...args) {`,
    count: 1,
  },
  {
    file: queryCore('queryClient'),
    why: 'mutations: the app only reads. QueryClient still creates a mutation cache and asks it for these three',
    find: /^import \{ MutationCache \} from "\.\/mutationCache\.js";$/gm,
    replace: `class MutationCache {\n  findAll() { return [] }\n  resumePausedMutations() { return Promise.resolve() }\n  clear() {}\n  build() { ${trimmed('TanStack Query mutations')} }\n}`,
    count: 1,
  },
]

/**
 * Cuts from the production build what the dependencies ship for features the app never uses
 * (TRIMS). Development keeps them whole, so a trimmed feature throws only in a production build:
 * the e2e suite, which runs on that build, would catch a feature that started to need one.
 */
export function trimDependencies(trims: readonly Trim[] = TRIMS): Plugin {
  const counts = new Map<Trim, number>()
  return {
    name: 'broadsheet:trim-dependencies',
    apply: 'build',
    buildStart() {
      counts.clear()
    },
    transform(code, id) {
      return applyTrims(code, id, trims, counts)
    },
    buildEnd(error) {
      if (error) return
      const wrong = unexpectedCounts(trims, counts)
      if (wrong.length) this.error(`A dependency changed: review the trims.\n${wrong.join('\n')}`)
    },
  }
}
