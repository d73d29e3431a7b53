/**
 * Navigation state for a change made where the reader is working (a search typed in the
 * masthead, a filter chosen): focus stays in the field or on the control instead of moving to
 * the new page's h1, and, with `keepScroll`, the page does not jump to the top.
 */
export const KEEP_FOCUS = { keepFocus: true }
export const IN_PLACE = { keepFocus: true, keepScroll: true }

export const keepsFocus = (state: unknown) =>
  (state as { keepFocus?: boolean } | null)?.keepFocus === true
