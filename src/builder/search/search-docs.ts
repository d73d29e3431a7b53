import type { ArticleSummary } from '../../bundle/format'
import type { ProcessedPost } from '../workers/process-post'
import type { SearchDoc } from './build-search-index'

/**
 * The documents of the index, oldest first: the latest list (`summaries`, newest first) reversed.
 * `take`: the results are not kept for another build, so their terms move to the documents, and
 * the index lets each go once inverted (100,000 posts' terms are about 200 MB).
 */
export function searchDocs(
  results: ProcessedPost[],
  summaries: readonly ArticleSummary[],
  take: boolean,
): SearchDoc[] {
  const terms = new Map(
    results.flatMap((r) => (r.summary ? [[r.summary.id, r.search] as const] : [])),
  )
  if (take) for (const r of results) r.search = undefined
  const docs: SearchDoc[] = []
  for (let i = summaries.length - 1; i >= 0; i--) {
    const s = summaries[i]!
    docs.push({ f: s.f, categories: s.categories, terms: terms.get(s.id) })
  }
  return docs
}
