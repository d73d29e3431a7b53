import type { Trim } from './dependency-trim.ts'
import { trimmed } from './dependency-trim.ts'

const REACT = /node_modules[\\/]react[\\/]cjs[\\/]react\.production\.js$/
const REACT_DOM_CLIENT = /node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/

/** React's and react-dom's cuts, in order: a later cut sees the code earlier ones left. */
export const REACT_TRIMS: readonly Trim[] = [
  {
    file: REACT,
    why: 'React.Children (map, forEach, count, toArray, only): nothing calls it (react-router only in createRoutesFromChildren, for <Routes>, which the app does not use)',
    find: /^var Children = \{$/gm,
    replace: `function childrenTrimmed() {\n  ${trimmed('React.Children')};\n}\nvar Children = {\n  map: childrenTrimmed,\n  forEach: childrenTrimmed,\n  count: childrenTrimmed,\n  toArray: childrenTrimmed,\n  only: childrenTrimmed\n};\nvar unusedChildren = {`,
    count: 1,
  },
  {
    file: REACT,
    why: 'cloneElement: nothing calls it (react-router only in components the app does not use)',
    find: /^exports\.cloneElement = function \(element, config, children\) \{$/gm,
    replace: `exports.cloneElement = function () {\n  ${trimmed('React.cloneElement')};\n};\nfunction unusedCloneElement(element, config, children) {`,
    count: 1,
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
    file: REACT_DOM_CLIENT,
    why: 'hydrateRoot: the app renders with createRoot (the home snapshot is dropped, never hydrated)',
    find: /^exports\.hydrateRoot = function \(container, initialChildren, options\) \{$/gm,
    replace: `exports.hydrateRoot = function () {\n  ${trimmed('react-dom hydrateRoot')};\n};\nfunction unusedHydrateRoot(container, initialChildren, options) {`,
    count: 1,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'hydration: without hydrateRoot no root or Suspense boundary is ever dehydrated, so React never hydrates. As a constant, every branch on it folds away',
    find: /^var hydrationParentFiber = null,$/gm,
    replace: 'const isHydrating = false;\nvar hydrationParentFiber = null,',
    count: 1,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'the variable the constant above replaces',
    find: /^ {2}isHydrating = !1,\n/gm,
    replace: '',
    count: 1,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'the writes to it: entering hydration (a dehydrated root or boundary) and resetting it',
    find: /\bisHydrating = !0\b|^ {2}isHydrating = !1;$/gm,
    replace: '!1',
    count: 6,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'completing a hydrated fiber: popHydrationState is true only for the fiber hydration last entered (hydrationParentFiber), which only a dehydrated root or boundary sets',
    find: /\bpopHydrationState\(workInProgress\)/g,
    replace: '!1',
    count: 6,
  },
  {
    file: REACT_DOM_CLIENT,
    why: 'replaying events that reached a part of the page still dehydrated: nothing is ever dehydrated (see hydrateRoot above), so no event is ever blocked on one',
    find: /^( {4})var blockedOn = findInstanceBlockingEvent\(nativeEvent\);\n {4}if \(null === blockedOn\)$/gm,
    replace: '$1findInstanceBlockingEvent(nativeEvent);\n$1if (true)',
    count: 1,
  },
]
