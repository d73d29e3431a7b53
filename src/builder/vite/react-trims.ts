import type { Trim } from './dependency-trim.ts'
import { trimmed } from './dependency-trim.ts'

const REACT_DOM_CLIENT = /node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/

/** react-dom's cuts, in order: a later cut sees the code earlier ones left. */
export const REACT_TRIMS: readonly Trim[] = [
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
]
