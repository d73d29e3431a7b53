import { searchableText } from '../../search/document'
import { packTerms } from '../../search/tokens'

/** A post's search terms, packed (src/search/tokens.ts): made in the worker, inverted by the main thread. */
export interface PackedTerms {
  title: string
  body: string
}

export function packDocument(article: { title: string; html: string }): PackedTerms {
  const text = searchableText(article)
  return { title: packTerms(text.title), body: packTerms(text.body) }
}
