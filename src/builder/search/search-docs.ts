import type { ArticleSummary } from '../../bundle/format'
import type { ProcessedPost } from '../workers/process-post'
import type { SearchDoc } from './build-search-index'

/** The documents of the index, oldest first: the latest list (`summaries`, newest first) reversed. */
export function searchDocs(
  results: readonly ProcessedPost[],
  summaries: readonly ArticleSummary[],
): SearchDoc[] {
  const terms = new Map(
    results.flatMap((r) => (r.summary ? [[r.summary.id, r.search] as const] : [])),
  )
  const docs: SearchDoc[] = []
  for (let i = summaries.length - 1; i >= 0; i--) {
    const s = summaries[i]!
    docs.push({ f: s.f, categories: s.categories, terms: terms.get(s.id) })
  }
  return docs
}
