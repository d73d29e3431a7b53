/**
 * Whether normalised text contains a query term: the term's text, contiguous, starting at a word
 * start when it starts with a letter or digit (so `pyth` finds "python" but not "cpython"), and
 * ending at a word end when it ends in a one-character word (`c` is the word "c", not every word
 * starting with c, which the index could not list). CJK text matches anywhere. The index finds a
 * superset of these documents; this decides.
 */
import { isWordUnit } from './tokens'

/** Start of the first match of `term` in `text` at or after `from`, or -1. */
export function findTerm(text: string, term: string, from = 0): number {
  if (!term) return -1
  const startsWord = isWordUnit(term.charCodeAt(0))
  const endsOneCharWord =
    isWordUnit(term.charCodeAt(term.length - 1)) &&
    (term.length === 1 || !isWordUnit(term.charCodeAt(term.length - 2)))
  for (let at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + 1)) {
    if (startsWord && at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue
    const end = at + term.length
    if (endsOneCharWord && end < text.length && isWordUnit(text.charCodeAt(end))) continue
    return at
  }
  return -1
}

/** Every match of `term` in `text`, as [start, end) ranges. */
export function findAll(text: string, term: string): [number, number][] {
  const out: [number, number][] = []
  for (let at = findTerm(text, term); at >= 0; at = findTerm(text, term, at + term.length))
    out.push([at, at + term.length])
  return out
}

export interface DocumentMatch {
  /** Every term is in the title. */
  inTitle: boolean
}

/**
 * Whether a document (normalised title and body) matches: every term in its title or its body,
 * no excluded term in either.
 */
export function matchDocument(
  doc: { title: string; body: string },
  terms: readonly { text: string }[],
  excludes: readonly { text: string }[] = [],
): DocumentMatch | undefined {
  let inTitle = true
  for (const { text } of terms) {
    const t = findTerm(doc.title, text) >= 0
    if (!t && findTerm(doc.body, text) < 0) return undefined
    inTitle &&= t
  }
  for (const { text } of excludes)
    if (findTerm(doc.title, text) >= 0 || findTerm(doc.body, text) >= 0) return undefined
  return { inTitle }
}
