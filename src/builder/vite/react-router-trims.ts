import type { Trim } from './dependency-trim.ts'
import { trimmed } from './dependency-trim.ts'

const REACT_ROUTER = /node_modules[\\/]react-router[\\/]dist[\\/]/

/** react-router's cuts, in order: a later cut sees the code earlier ones left. */
export const REACT_ROUTER_TRIMS: readonly Trim[] = [
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
]
