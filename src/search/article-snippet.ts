/**
 * An article's text as the engine verifies it and cuts its snippet from it: the body is
 * normalised once, with the offsets back to its original text, for both (normalising it again
 * for the snippet doubled the cost of each result shown).
 */
import { articleText } from './article-text'
import { normalize } from './normalize'
import type { Range, Snippet } from './snippet'
import { makeSnippet, matchRanges } from './snippet'

export interface ArticleText {
  /** Normalised, as searchableText gives them. */
  title: string
  body: string
  /** The body's original text, and where each unit of `body` came from in it. */
  raw: string
  offsets: number[]
}

export function verifiableText(article: { title: string; html: string }): ArticleText {
  const raw = articleText(article.html)
  const offsets: number[] = []
  return { title: normalize(article.title), body: normalize(raw, offsets), raw, offsets }
}

/** makeSnippet of the trimmed body, from the matches already found in the normalised one. */
export function snippetOf(text: ArticleText, terms: readonly { text: string }[]): Snippet {
  const lead = text.raw.length - text.raw.trimStart().length
  const body = text.raw.trim()
  const ranges: Range[] = []
  for (const [s, e] of matchRanges(text.body, text.offsets, terms)) {
    const a = Math.max(0, s - lead)
    const b = Math.min(body.length, e - lead)
    if (b > a) ranges.push([a, b])
  }
  return makeSnippet(body, terms, undefined, ranges)
}
