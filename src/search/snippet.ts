/**
 * Highlights and a snippet, as text plus ranges (the UI renders them; no HTML here). Matches are
 * found in the normalised text and mapped back to the original through normalize's offsets.
 */
import { findAll } from './match'
import { normalize } from './normalize'

export type Range = [number, number]

/** Ranges in `text` (original, not normalised) where any of the terms match, sorted, merged. */
export function highlightRanges(text: string, terms: readonly { text: string }[]): Range[] {
  const offsets: number[] = []
  return matchRanges(normalize(text, offsets), offsets, terms)
}

/** highlightRanges on text already normalised, with normalize's `offsets` back to the original. */
export function matchRanges(
  norm: string,
  offsets: readonly number[],
  terms: readonly { text: string }[],
): Range[] {
  const ranges: Range[] = []
  for (const term of terms)
    for (const [s, e] of findAll(norm, term.text)) ranges.push([offsets[s]!, offsets[e]!])
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Range[] = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([...r])
  }
  return merged
}

export interface Snippet {
  text: string
  ranges: Range[]
  /** Text was cut before / after the snippet. */
  before: boolean
  after: boolean
}

/**
 * About `width` characters of `body` (an article's text, one line per block) around the first
 * match, on one line, with the matches inside it highlighted. No match: the start of the body.
 * `all`: the matches in `body`, when the caller has them already.
 */
export function makeSnippet(
  body: string,
  terms: readonly { text: string }[],
  width = 120,
  all = highlightRanges(body, terms),
): Snippet {
  const first = all[0]
  const lead = Math.floor(width / 4)
  let start = first ? Math.max(0, first[0] - lead) : 0
  // Start at a line start when one is near: a snippet reads better from a paragraph's beginning.
  const line = first ? body.lastIndexOf('\n', first[0]) : -1
  if (first && line >= start) start = line + 1
  while (start < body.length && /\s/.test(body[start]!)) start += 1
  const end = Math.min(body.length, Math.max(start + width, first ? first[1] : 0))
  const raw = body.slice(start, end)
  // One line: breaks and runs of spaces become one space, ranges shift with them.
  let text = ''
  const map: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const space = /\s/.test(raw[i]!)
    if (space && (text.endsWith(' ') || text === '')) {
      map.push(text.length)
      continue
    }
    map.push(text.length)
    text += space ? ' ' : raw[i]
  }
  map.push(text.length)
  const ranges: Range[] = []
  for (const [s, e] of all) {
    if (e <= start || s >= end) continue
    const a = map[Math.max(s, start) - start]!
    const b = map[Math.min(e, end) - start]!
    if (b > a) ranges.push([a, b])
  }
  return { text: text.trimEnd(), ranges, before: start > 0, after: end < body.length }
}
