/** The plain-text excerpt shown in lists. */

const SENTENCE_END = /[。！？!?；;…]$|[.](?=\s|$)/u
// Scripts written without spaces: a cut between two of their characters is a word boundary.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const WORD = /[\p{L}\p{N}_'’-]/u
const TRAILING = /[\s，,、：:；;（(「『“"‘—-]+$/u

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** The first `count` graphemes, plus whether the text had more. Lazy: long bodies are not segmented whole. */
function head(text: string, count: number): { parts: string[]; more: boolean } {
  const parts: string[] = []
  for (const { segment } of graphemes.segment(text)) {
    if (parts.length === count) return { parts, more: true }
    parts.push(segment)
  }
  return { parts, more: false }
}

/** Where to cut `parts` at or before `max`: after a sentence, else between words, else at `max`. */
function cutIndex(parts: string[], max: number): number {
  const floor = Math.floor(max * 0.6)
  for (let i = max; i >= floor; i--) if (SENTENCE_END.test(parts[i - 1] ?? '')) return i
  for (let i = max; i >= floor; i--) {
    const before = parts[i - 1] ?? ''
    const after = parts[i] ?? ''
    if (/\s/.test(after) || /\s/.test(before) || UNSPACED.test(before) || UNSPACED.test(after))
      return i
    if (!(WORD.test(before) && WORD.test(after))) return i
  }
  return max
}

/**
 * Collapses whitespace and cuts to about `max` characters (graphemes, so neither a surrogate
 * pair nor an emoji sequence is split) at a sentence, word or CJK boundary, adding '…' when cut.
 */
export function makeExcerpt(text: string, max = 120): string {
  const flat = text.replace(/[\s\u200b]+/g, ' ').trim()
  // Segmenting is the slow part: look only at a prefix that surely holds max + 1 graphemes.
  const prefix = flat.slice(0, (max + 1) * 16)
  const { parts, more } = head(prefix, max + 1)
  if (!more && parts.length <= max) return flat
  const kept = parts.slice(0, cutIndex(parts, max)).join('').replace(TRAILING, '')
  return `${kept}…`
}
