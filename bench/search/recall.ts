/**
 * Recall and precision of the built index, in Node through the app's own engine: every query
 * pages through all its results, which are compared with brute force (`includes()` over every
 * article's normalised text).
 */
import { createSearchEngine } from '../../src/search/engine'
import type { QueryTruth } from './brute-force'
import type { BundleDoc } from './bundle-docs'
import { countingSource, searchManifestOf } from './bundle-docs'
import { holds, normalizedTerms } from './queries'

export interface RecallFigures {
  /** The mean, over queries with at least one expected post, of found ∩ expected ÷ expected. */
  recall: number
  /** Shown results that hold the query ÷ shown results. */
  precision: number
  /** Queries whose results differ from brute force (kind, query, found, expected). */
  misses: string[]
  found: number[]
}

export async function measureRecall(
  bundle: string,
  truths: readonly QueryTruth[],
  docs: readonly BundleDoc[],
): Promise<RecallFigures> {
  const texts = new Map(docs.map((d) => [d.id, d.text]))
  const { hash } = searchManifestOf(bundle)
  // One engine for every query: each article is read and normalised once.
  const engine = createSearchEngine(countingSource(bundle), hash)
  const recalls: number[] = []
  let shown = 0
  let shownRight = 0
  const misses: string[] = []
  const found: number[] = []
  for (const { query, expected } of truths) {
    const terms = normalizedTerms(query)
    const ids: string[] = []
    const run = engine.search({ query: query.query })
    while (!run.done)
      for (const r of await run.next(100)) {
        ids.push(r.article.id)
        shown += 1
        const text = texts.get(r.article.id)
        if (text && holds(text, terms)) shownRight += 1
      }
    const want = new Set(expected)
    const hits = ids.filter((id) => want.has(id)).length
    if (expected.length > 0) recalls.push(hits / expected.length)
    found.push(ids.length)
    if (hits !== expected.length || ids.length !== expected.length)
      misses.push(`${query.kind} ${query.query}: ${ids.length} found, ${expected.length} expected`)
  }
  return {
    recall: recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : 1,
    precision: shown ? shownRight / shown : 1,
    misses,
    found,
  }
}
