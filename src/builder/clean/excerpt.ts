/** The plain-text excerpt shown in lists. */

const SENTENCE_END = /[。！？!?；;…]$|[.](?=\s|$)/u
// Scripts written without spaces: a cut between two of their characters is a word boundary.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u
const WORD = /[\p{L}\p{N}_'’-]/u
const TRAILING = /[\s，,、：:；;（(「『“"‘—-]+$/u

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * Anything outside the blocks where every code unit is a grapheme of its own and joins with no
 * neighbour (ASCII, Latin, Greek, Cyrillic letters, general punctuation, CJK and kana without their
 * combining marks, Hangul syllables, full-width forms but the half-width voicing marks). Text
 * without any needs no segmenter, which costs a build about 0.1 ms a post.
 */
export const JOINING =
  /[^\x20-\x7e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u3096\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff9d\uffa0-\uffef]/
function* pieces(text: string): Iterable<string> {
  if (!JOINING.test(text)) return yield* text
  for (const { segment } of graphemes.segment(text)) yield segment
}

// East Asian wide and fullwidth characters take about two columns of a Latin text line.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u

/**
 * Two lines of a list entry at its widest (the 632 px column, 15 px type): about 85 Chinese or
 * 170 Latin characters. The list clamps excerpts to two lines, so more would never be seen.
 */
export const EXCERPT_WIDTH = 170

/**
 * The first graphemes, at most `count` and `width` columns, plus whether the text had more.
 * Lazy: long bodies are not segmented whole.
 */
function head(text: string, count: number, width: number): { parts: string[]; more: boolean } {
  const parts: string[] = []
  let used = 0
  for (const segment of pieces(text)) {
    used += WIDE.test(segment) ? 2 : 1
    if (parts.length === count || used > width) return { parts, more: true }
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
 * pair nor an emoji sequence is split) and `width` columns, at a sentence, word or CJK boundary,
 * adding '…' when cut.
 */
export function makeExcerpt(text: string, max = 120, width = Infinity): string {
  const flat = text.replace(/[\s\u200b]+/g, ' ').trim()
  // Segmenting is the slow part: look only at a prefix that surely holds max + 1 graphemes.
  const prefix = flat.slice(0, (max + 1) * 16)
  const { parts, more } = head(prefix, max + 1, width)
  if (!more && parts.length <= max) return flat
  const kept = parts
    .slice(0, cutIndex(parts, Math.min(max, parts.length)))
    .join('')
    .replace(TRAILING, '')
  return `${kept}…`
}
