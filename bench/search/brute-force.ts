/** The query set of a built bundle, and what each query should find, by brute force over every article. */
import type { BundleDoc } from './bundle-docs'
import { bundleDocs } from './bundle-docs'
import type { SearchQuery } from './queries'
import { holds, makeQueries, normalizedTerms } from './queries'

/** Queries come from about 2,000 documents spread evenly over the archive. */
const SAMPLE = 2000

export interface QueryTruth {
  query: SearchQuery
  /** Article ids that hold the query, newest first. */
  expected: string[]
}

/** Every document of the bundle in doc order, its text normalised (about 260 MB at 100,000 posts). */
export function readDocs(bundle: string): BundleDoc[] {
  return [...bundleDocs(bundle)]
}

/** The query set of these documents, and every query answered by brute force. */
export function queryTruths(docs: readonly BundleDoc[]): QueryTruth[] {
  const step = Math.max(1, Math.floor(docs.length / SAMPLE))
  const queries = makeQueries(docs.filter((d) => d.doc % step === 0).map((d) => d.text))
  return queries.map((query) => {
    const terms = normalizedTerms(query)
    const expected: string[] = []
    for (let i = docs.length - 1; i >= 0; i--)
      if (holds(docs[i]!.text, terms)) expected.push(docs[i]!.id)
    return { query, expected }
  })
}
