/** Query syntax: spaces mean AND, `"a quoted phrase"` is one term, `-word` excludes. */
import { normalize } from './normalize'
import type { Lookup } from './tokens'
import { lookupsOf } from './tokens'

export interface QueryTerm {
  /** Normalised: what the title or body must contain (see match.ts). */
  text: string
  /** Index lookups every document containing it passes; empty when it has no letters, digits or CJK. */
  lookups: Lookup[]
}

export interface ParsedQuery {
  terms: QueryTerm[]
  excludes: QueryTerm[]
}

export function parseQuery(input: string): ParsedQuery {
  const terms: QueryTerm[] = []
  const excludes: QueryTerm[] = []
  const re = /(-?)"([^"]*)"?|(\S+)/g
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const quoted = m[2] !== undefined
    let raw = quoted ? m[2]! : m[3]!
    if (raw === '-') continue
    let exclude = quoted && m[1] === '-'
    if (!quoted && raw.length > 1 && raw[0] === '-') {
      exclude = true
      raw = raw.slice(1)
    }
    const text = normalize(raw).trim()
    if (!text) continue
    const term = { text, lookups: lookupsOf(text) }
    const list = exclude ? excludes : terms
    if (!list.some((t) => t.text === term.text)) list.push(term)
  }
  return { terms, excludes }
}
