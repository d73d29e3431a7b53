/**
 * The search engine the app calls: given a way to load bundle files, it runs a query against the
 * static index, fetching only the manifest, the shards of the query's terms, the chunks it walks
 * and the articles it shows. Every result is verified against its article's text.
 */
import type { Article, CategoryPath } from '../bundle/format'
import { bundlePaths } from '../bundle/paths'
import { TITLE_MARK, categoryKey } from '../bundle/search-format'
import { validateArticle } from '../bundle/validate'
import type { ArticleText } from './article-snippet'
import { snippetOf, verifiableText } from './article-snippet'
import { batchSize } from './batch-size'
import { matchDocument } from './match'
import type { SearchSource } from './index-files'
import { createIndexFiles } from './index-files'
import type { ParsedQuery } from './parse-query'
import { parseQuery } from './parse-query'
import type { Cursor } from './postings'
import { ListCursor, RangeCursor, UnionCursor, intersect } from './postings'
import type { Range, Snippet } from './snippet'
import { highlightRanges } from './snippet'

export type { SearchSource }

export interface SearchRequest {
  query: string
  /** Only this category node and its descendants. */
  category?: CategoryPath
  /**
   * Only this window of the latest list (newest first), as a calendar `ListRef` gives it: a year,
   * a month, or from one month's window to another's.
   */
  window?: { start?: number; n: number }
  /** `newest` (default), or `relevance`: every term in the title first, newest first within. */
  sort?: 'newest' | 'relevance'
}

export interface SearchResult {
  /** Doc number: the article's index in the latest list is `docs - 1 - doc`. */
  doc: number
  article: Article
  /** The article file hash (`f` of its summary). */
  f: string
  inTitle: boolean
  titleRanges: Range[]
  snippet: Snippet
}

export interface SearchCount {
  value: number
  /** False while not every candidate has been read and verified: then `value` is an estimate. */
  exact: boolean
}

export interface SearchRun {
  readonly query: ParsedQuery
  /** Up to `count` more results (fewer only at the end). */
  next(count: number): Promise<SearchResult[]>
  readonly done: boolean
  count(): SearchCount
}

export function createSearchEngine(source: SearchSource, manifestHash: string) {
  const { json, manifest, loadChunk, entry, prefixEntries, docFile, warm } = createIndexFiles(
    source,
    manifestHash,
  )

  /** A cursor for one lookup: in titles only, or in titles and bodies. */
  async function lookupCursor(
    lookup: { key: string; prefix: boolean },
    titleOnly: boolean,
  ): Promise<Cursor> {
    const marks = titleOnly ? [TITLE_MARK] : ['', TITLE_MARK]
    const found = await Promise.all(
      marks.map(async (mark) =>
        lookup.prefix
          ? prefixEntries(mark + lookup.key)
          : [await entry(mark + lookup.key)].filter((e) => e !== undefined),
      ),
    )
    return new UnionCursor(found.flat().map((e) => new ListCursor(e, loadChunk)))
  }

  // Paging on re-verifies the same articles (the relevance passes, a new query): normalise each once.
  const texts = new WeakMap<Article, ArticleText>()
  const textOf = (article: Article) => {
    let text = texts.get(article)
    if (!text) texts.set(article, (text = verifiableText(article)))
    return text
  }

  async function verify(doc: number, q: ParsedQuery): Promise<SearchResult | undefined> {
    const f = await docFile(doc)
    const article = await json(bundlePaths.article(f), validateArticle)
    const text = textOf(article)
    const match = matchDocument(text, q.terms, q.excludes)
    if (!match) return undefined
    return {
      doc,
      article,
      f,
      inTitle: match.inTitle,
      titleRanges: highlightRanges(article.title, q.terms),
      snippet: snippetOf(text, q.terms),
    }
  }

  function search(request: SearchRequest): SearchRun {
    const q = parseQuery(request.query)
    const state = { candidates: 0, verified: 0, rejected: 0, matched: 0, done: false }
    let span = { high: 0, low: 0, reached: 0 }
    const seenInTitle = new Set<number>()

    async function cursorsFor(titleOnly: boolean): Promise<Cursor[] | undefined> {
      const m = await manifest()
      // Every term's shard at once: each is a round trip.
      const [cursors, category] = await Promise.all([
        Promise.all(q.terms.flatMap((term) => term.lookups.map((l) => lookupCursor(l, titleOnly)))),
        request.category ? entry(categoryKey(request.category)) : undefined,
      ])
      if (cursors.some((c) => c.size === 0)) return undefined
      if (request.category) {
        if (!category) return undefined
        cursors.push(new ListCursor(category, loadChunk))
      }
      if (cursors.length === 0) cursors.push(new RangeCursor(0, m.docs))
      return cursors
    }

    async function* candidates(): AsyncGenerator<{ doc: number; titlePass: boolean }> {
      const m = await manifest()
      let high = m.docs - 1
      let low = 0
      if (request.window) {
        const start = request.window.start ?? 0
        high = Math.min(high, m.docs - 1 - start)
        low = Math.max(0, m.docs - start - request.window.n)
      }
      span = { high, low, reached: high + 1 }
      // Terms nothing can be looked up by (only punctuation) cannot use the index: no results.
      if (q.terms.some((t) => t.lookups.length === 0)) return
      const passes = request.sort === 'relevance' && q.terms.length > 0 ? [true, false] : [false]
      for (const titlePass of passes) {
        // The body pass skips what the title pass found: let every title check finish first.
        if (!titlePass) await Promise.allSettled(titleChecks)
        const cursors = await cursorsFor(titlePass)
        if (!cursors) continue
        const progress = titlePass ? undefined : (reached: number) => (span.reached = reached)
        for await (const doc of intersect(cursors, high, low, progress)) {
          if (!titlePass && seenInTitle.has(doc)) continue
          yield { doc, titlePass }
        }
      }
      span.reached = low
    }

    const stream = candidates()
    const verifyAll = q.terms.length > 0 || q.excludes.length > 0
    const titleChecks: Promise<unknown>[] = []
    const check = ({ doc, titlePass }: { doc: number; titlePass: boolean }) => {
      const checked = verify(doc, verifyAll ? q : { terms: [], excludes: [] }).then((result) => {
        // In the title pass only whole-title matches count; the rest come in the second.
        if (result && titlePass && !result.inTitle) return undefined
        if (result && titlePass) seenInTitle.add(doc)
        return result
      })
      if (titlePass) titleChecks.push(checked)
      return checked
    }

    // Verified past what a page asked for (a widened batch): the next page starts with them.
    const kept: SearchResult[] = []

    return {
      query: q,
      get done() {
        return state.done && kept.length === 0
      },
      async next(count: number): Promise<SearchResult[]> {
        const out = kept.splice(0, count)
        while (out.length < count && !state.done) {
          // Each candidate's doc page and article are read as soon as the walk yields it, so
          // they overlap the walk's own reads; the batch's reads run in parallel.
          const checks: Promise<SearchResult | undefined>[] = []
          const size = batchSize(count - out.length, state.verified, state.rejected)
          while (checks.length < size) {
            const step = await stream.next()
            if (step.done) {
              state.done = true
              break
            }
            const checked = check(step.value)
            // Seen by Promise.all below; until then a failure must not count as unhandled.
            checked.catch(() => undefined)
            checks.push(checked)
          }
          state.candidates += checks.length
          for (const r of await Promise.all(checks)) {
            if (!r) {
              state.rejected += 1
              continue
            }
            state.verified += 1
            if (out.length < count) out.push(r)
            else kept.push(r)
          }
        }
        state.matched += out.length
        return out
      },
      count(): SearchCount {
        if (state.done) return { value: state.matched + kept.length, exact: true }
        const total = span.high - span.low + 1
        const walked = span.high + 1 - span.reached
        const found = state.matched + kept.length
        if (walked <= 0 || state.candidates === 0) return { value: found, exact: false }
        const precision = state.verified / Math.max(1, state.verified + state.rejected)
        const estimate = Math.round((state.candidates / walked) * total * precision)
        return { value: Math.max(found, estimate), exact: false }
      },
    }
  }

  return { search, warm }
}

export type SearchEngine = ReturnType<typeof createSearchEngine>
