/** A sentence as a span of the text it was cut from: [start, end), trimmed of spaces. */
export interface Span {
  start: number
  end: number
}

// Engines cut off or stall on very long utterances: a longer sentence is spoken clause by clause.
const MAX_LENGTH = 200
const CLAUSE_END = /[，；：、,;:—]/
// ICU breaks after "Mr." before a capital: these stay with the sentence they start.
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|No|Fig|vs|etc|U\.S|[A-Z])\.$/
const OPENER = /[\p{Ps}\p{Pi}]/u
const SPOKEN = /[\p{L}\p{N}]/u
// Line breaks are only source formatting inside a block, but ICU ends a sentence at each.
const BREAKS = /[\n\r\t\f\v\u0085\u2028\u2029]/g

function boundaries(text: string, lang: string): number[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
    return [...segmenter.segment(text)].map((s) => s.index).concat(text.length)
  }
  // Without Intl.Segmenter: after runs of sentence ends and their closing quotes.
  const ends = [0]
  for (const m of text.matchAll(/[.!?。！？…]+["'”’」』）)]*\s*/g)) ends.push(m.index + m[0].length)
  return ends.concat(text.length)
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

/** Cuts a long span at the last clause mark before the limit, again and again. */
function clauses(text: string, span: Span): Span[] {
  const out: Span[] = []
  let { start } = span
  while (span.end - start > MAX_LENGTH) {
    let cut = -1
    for (let i = start + MAX_LENGTH; i > start + MAX_LENGTH / 4; i--)
      if (CLAUSE_END.test(text[i - 1]!)) {
        cut = i
        break
      }
    if (cut < 0) break
    out.push(trim(text, start, cut))
    start = cut
  }
  out.push(trim(text, start, span.end))
  return out
}

/**
 * The sentences of a block's text in reading order (Intl.Segmenter's sentence breaks for `lang`,
 * so 。！？ end Chinese sentences), without the ones that have nothing to say.
 */
export function splitSentences(text: string, lang: string): Span[] {
  const flat = text.replace(BREAKS, ' ')
  const marks = boundaries(flat, lang)
  const spans: Span[] = []
  let start = marks[0] ?? 0
  for (let end of marks.slice(1)) {
    // ICU counts an opening quote after 。 as closing the sentence before it: it opens the next.
    while (end > start && end < flat.length && OPENER.test(flat[end - 1]!)) end--
    if (end < flat.length && ABBREVIATION.test(flat.slice(start, end).trimEnd())) continue
    if (end > start) spans.push(trim(flat, start, end))
    start = end
  }
  return spans
    .flatMap((span) => clauses(flat, span))
    .filter((s) => SPOKEN.test(flat.slice(s.start, s.end)))
}
