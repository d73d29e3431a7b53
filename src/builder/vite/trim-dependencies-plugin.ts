import type { Plugin } from 'vite'

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

const REACT_ROUTER = /node_modules[\\/]react-router[\\/]dist[\\/]/
const REACT_DOM_CLIENT = /node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/
const queryCore = (module: string) =>
  new RegExp(
    `node_modules[\\\\/]@tanstack[\\\\/]query-core[\\\\/]build[\\\\/]modern[\\\\/]${module}\\.js$`,
  )

/** The error a trimmed feature throws if the app ever starts to use it. */
const trimmed = (feature: string) =>
  `throw new Error(${JSON.stringify(`${feature}: trimmed from the production build (src/builder/vite/trim-dependencies-plugin.ts)`)})`

/** In order: a later cut sees the code earlier ones left. */
export const TRIMS: readonly Trim[] = [
  {
    file: REACT_ROUTER,
    why: 'its package exports only the build with development warnings on: this one flag is all the production build differs in',
    find: /^var ENABLE_DEV_WARNINGS = true;$/gm,
    replace: 'var ENABLE_DEV_WARNINGS = false;',
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: 'dev-only component names, which keep unused components (Form, fetcher forms…) alive',
    find: /^[\w$]+\.displayName = "[^"]*";$/gm,
    replace: '',
    count: 'any',
  },
  {
    file: REACT_ROUTER,
    why: 'un-annotated forwardRef, memo and createContext calls: pure, so unused ones can go',
    find: /(=\s*)(React\d*\.(?:forwardRef|memo|createContext)\()/g,
    replace: '$1/* @__PURE__ */ $2',
    count: 'any',
  },
  {
    file: REACT_ROUTER,
    why: 'router instrumentation (the unstable_instrumentations option): the app passes none',
    find: /\bif \(init\.instrumentations\)/g,
    replace: 'if (false)',
    count: 2,
  },
  {
    file: REACT_ROUTER,
    why: 'lazy route discovery (patchRoutesOnNavigation): the app passes none',
    find: /\binit\.patchRoutesOnNavigation\b/g,
    replace: 'undefined',
    count: 6,
  },
  {
    file: REACT_ROUTER,
    why: 'the two options above, should the app ever pass them',
    find: /^function createRouter\(init\) \{$/gm,
    replace: `function createRouter(init) {\n  if (init.instrumentations || init.patchRoutesOnNavigation) ${trimmed('react-router instrumentations and patchRoutesOnNavigation')};`,
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: 'fetchers (useFetcher, useSubmit without navigation): the app loads data only through route loaders',
    find: /^(\s*)fetch: fetch2,$/gm,
    replace: `$1fetch: () => { ${trimmed('react-router fetchers')} },`,
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: "router methods that only hooks and components the app does not use call: useFetcher's (getFetcher, resetFetcher, deleteFetcher), useBlocker's (getBlocker, deleteBlocker), <ScrollRestoration>'s (the app has its own) and route patching's (patchRoutes, _internalSetRoutes)",
    find: /^(\s*)(getFetcher|resetFetcher|getBlocker|deleteBlocker|patchRoutes|_internalSetRoutes|enableScrollRestoration|deleteFetcher)(?:: queueFetcherForDeletion)?,$/gm,
    replace: `$1$2: () => { ${trimmed('react-router $2')} },`,
    count: 8,
  },
  {
    file: REACT_ROUTER,
    why: 'navigations that submit (<Form>, useSubmit, navigate with formData or body): the app only navigates to URLs, so no route action ever runs',
    find: /^(\s*)if \(!opts \|\| !isSubmissionNavigation\(opts\)\) \{$/gm,
    replace: `$1if (opts && isSubmissionNavigation(opts)) ${trimmed('react-router form submissions')};\n$1if (true) {`,
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: 'the route actions that only such a submission runs (see above)',
    find: /\} else if \(opts && opts\.submission && isMutationMethod\(opts\.submission\.formMethod\)\) \{/g,
    replace: '} else if (false) {',
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: 'view transitions (the viewTransition option of navigate and <Link>): the app asks for none, so a router update never has any',
    find: /^(\s*)if \(!viewTransitionOpts \|\| !isViewTransitionAvailable\) \{$/gm,
    replace: `$1if (viewTransitionOpts) ${trimmed('react-router view transitions')};\n$1if (true) {`,
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: 'blocked navigations: with useBlocker trimmed (getBlocker throws, above) no blocker exists, so none is ever blocked',
    find: /\bif \(blockerKey(?: && delta != null)?\) \{/g,
    replace: 'if (false) {',
    count: 2,
  },
  {
    file: REACT_ROUTER,
    why: 'route middleware: no route of the app has any',
    find: /return runClientMiddlewarePipeline\(args, \(\) => defaultDataStrategy\(args\)\);/g,
    replace: `${trimmed('react-router middleware')};`,
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: 'runClientMiddleware, which only a custom dataStrategy calls: the app passes none',
    find: /^(\s*)let typedDataStrategyArgs = dataStrategyArgs;$/gm,
    replace: `$1${trimmed('react-router middleware')};\n$1let typedDataStrategyArgs = dataStrategyArgs;`,
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: "errors thrown by React Server Components: only an RSC router provides that context, and the app's is a browser router",
    find: /\bthis\.context\b/g,
    replace: 'false',
    count: 2,
  },
  {
    file: REACT_ROUTER,
    why: 'the context the RSC error handling above read',
    find: /^RenderErrorBoundary\.contextType = RSCRouterContext;$/gm,
    replace: '',
    count: 1,
  },
  {
    file: REACT_ROUTER,
    why: 'hydration data left by server rendering (window.__staticRouterHydrationData): the app is not server-rendered',
    find: /hydrationData: opts\?\.hydrationData \|\| parseHydrationData\(\)/g,
    replace: 'hydrationData: opts?.hydrationData',
    count: 2,
  },
  {
    file: REACT_DOM_CLIENT,
    why: "react-dom's imperative API (prefetchDNS, preconnect, preload, preloadModule, preinit, preinitModule, requestFormReset): nothing calls it, and React's own rendering never goes through it",
    find: /^ {2}r: requestFormReset,\n {2}D: prefetchDNS,\n {2}C: preconnect,\n {2}L: preload,\n {2}m: preloadModule,\n {2}X: preinitScript,\n {2}S: preinitStyle,\n {2}M: preinitModuleScript\n/gm,
    replace: `  r: dispatchTrimmed,\n  D: dispatchTrimmed,\n  C: dispatchTrimmed,\n  L: dispatchTrimmed,\n  m: dispatchTrimmed,\n  X: dispatchTrimmed,\n  S: dispatchTrimmed,\n  M: dispatchTrimmed\n};\nfunction dispatchTrimmed() {\n  ${trimmed('react-dom resource hints and requestFormReset')}\n`,
    count: 1,
  },

  {
    file: REACT_DOM_CLIENT,
    why: 'useActionState (and its old name useFormState): no component of the app or its dependencies calls it',
    find: /^( {4})useFormState: (?:mount|update|rerender)ActionState,\n {4}useActionState: (?:mount|update|rerender)ActionState,$/gm,
    replace: '$1useFormState: hookTrimmed,\n$1useActionState: hookTrimmed,',
    count: 3,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'useCacheRefresh and useEffectEvent, on mount: nothing calls them (react-router, TanStack Query and the app use neither)',
    find: /^( {4})useCacheRefresh: function \(\) \{\n[\s\S]*?\n {2}\},\n( {2}HooksDispatcherOnUpdate = \{)$/gm,
    replace: '$1useCacheRefresh: hookTrimmed,\n$1useEffectEvent: hookTrimmed\n  },\n$2',
    count: 1,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'the same two, on update and re-render',
    find: /^( {4})useCacheRefresh: updateRefresh,\n {4}useEffectEvent: updateEvent$/gm,
    replace: '$1useCacheRefresh: hookTrimmed,\n$1useEffectEvent: hookTrimmed',
    count: 2,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'the stand-in the hooks above now point to',
    find: /^var ContextOnlyDispatcher = \{$/gm,
    replace: `function hookTrimmed() {\n  ${trimmed('react-dom useActionState, useCacheRefresh and useEffectEvent')}\n}\nvar ContextOnlyDispatcher = {`,
    count: 1,
  },
  {
    file: REACT_DOM_CLIENT,
    why: "form actions (<form action={fn}>, formAction, useFormStatus's pending state): the app's forms submit through onSubmit to URLs, and nothing reads a form's status",
    find: /^( {6})extractEvents\$1\(\n {8}dispatchQueue,\n {8}domEventName,\n {8}targetInst,\n {8}nativeEvent,\n {8}nativeEventTarget\n {6}\);$/gm,
    replace: `$1if ("submit" === domEventName && "function" === typeof (nativeEventTarget[internalPropsKey] || {}).action)\n$1  ${trimmed('react-dom form actions')};`,
    count: 1,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'forms submitted before hydration, which server-rendered React queues in document.$$reactFormReplay: nothing here is server-rendered by React',
    find: /^( {2})if \(null != i\)\n( {4})for \(queuedTarget = 0; queuedTarget < i\.length; queuedTarget \+= 3\) \{$/gm,
    replace: '$1if (false)\n$2for (queuedTarget = 0; queuedTarget < i.length; queuedTarget += 3) {',
    count: 1,
  },
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
