/** Scripts run in the page before any of the app's, shared by the benchmark and the e2e specs. */

/** When the app's own home list first enters the DOM (epoch ms, the clock of a request's timing). */
export const LIST_SHOWN_SCRIPT = `new MutationObserver((_, o) => {
  if (document.querySelector('#root .entries .entry-title a')) {
    window.__listAt = performance.timeOrigin + performance.now()
    o.disconnect()
  }
}).observe(document, { childList: true, subtree: true })`
