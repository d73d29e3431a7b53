// The CSS Custom Highlight API paints the sentence without touching the article's DOM, which
// React and the sanitizer own. Where it is missing there is no highlight; reading goes on.
export const HIGHLIGHT = 'listen-sentence'

const supported = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function'

/** Marks the sentence, and brings it on screen when it has left it (under the player bar). */
export function showSentence(range: Range, bar: HTMLElement | null) {
  if (supported()) CSS.highlights.set(HIGHLIGHT, new Highlight(range))
  const box = range.getBoundingClientRect()
  if (!box.height) return
  const bottom = (bar?.getBoundingClientRect().top ?? window.innerHeight) - 8
  if (box.top >= 0 && box.bottom <= bottom) return
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  window.scrollTo({
    top: window.scrollY + box.top - window.innerHeight / 3,
    behavior: still ? 'auto' : 'smooth',
  })
}

export function clearSentence() {
  if (supported()) CSS.highlights.delete(HIGHLIGHT)
}
