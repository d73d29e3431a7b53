/**
 * The search query set, generated deterministically from a corpus's documents, and brute force:
 * the posts that hold a query, found by `includes()` on normalised text, written apart from
 * src/search/match.ts. The recall test and the bench both use it.
 */
import { createRandom } from '../corpus/random'
import { searchableText } from '../../src/search/document'
import { T2S_PAIRS } from '../../src/search/t2s-chars'

/** An article's title and body as search reads them (normalised). */
export interface DocText {
  title: string
  body: string
}

export interface SearchQuery {
  /** What the user types. */
  query: string
  /** What must be in every result, normalised: a term is a CJK phrase or Latin words. */
  terms: string[]
  kind: string
}

/** Brute force for one term: CJK by includes(), Latin words from a word start. */
export function containsTerm(text: string, term: string): boolean {
  if (!/^[a-z0-9]/.test(term)) return text.includes(term)
  const oneChar = /(^|[^a-z0-9])[a-z0-9]$/.test(term)
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![a-z0-9])${escaped}${oneChar ? '(?![a-z0-9])' : ''}`).test(text)
}

/** Whether a document holds every term and none of the excluded ones. */
export function holds(doc: DocText, terms: string[], excludes: string[] = []): boolean {
  const has = (t: string) => containsTerm(doc.title, t) || containsTerm(doc.body, t)
  return terms.every(has) && !excludes.some(has)
}

/** A query's terms as the index sees them. */
export const normalizedTerms = (q: SearchQuery) =>
  q.terms.map((t) => searchableText({ title: t, html: '' }).title)

const toTraditional = new Map<string, string>()
{
  const points = [...T2S_PAIRS]
  for (let i = 0; i + 1 < points.length; i += 2)
    if (!toTraditional.has(points[i + 1]!)) toTraditional.set(points[i + 1]!, points[i]!)
}

/**
 * ≥ 200 queries, the same on every run for the same documents: CJK words from titles and bodies,
 * single characters, words, prefixes, mixed, Traditional script, AND, and queries with no hits.
 */
export function makeQueries(docs: readonly DocText[], seed = 99): SearchQuery[] {
  const r = createRandom(seed)
  const queries: SearchQuery[] = []
  const cjkRuns = (text: string) => text.match(/[\u4e00-\u9fff]{2,}/g) ?? []
  const words = (text: string) => text.match(/[a-z][a-z0-9]+/g) ?? []
  const pickDoc = () => docs[r.int(0, docs.length - 1)]!
  const cjkWord = (from: 'title' | 'body', min: number, max: number) => {
    for (;;) {
      const runs = cjkRuns(pickDoc()[from])
      if (runs.length === 0) continue
      const run = r.pick(runs)
      const len = Math.min(run.length, r.int(min, max))
      const at = r.int(0, run.length - len)
      return run.slice(at, at + len)
    }
  }
  const latinWord = () => {
    for (;;) {
      const w = words(pickDoc().body)
      if (w.length > 0) return r.pick(w)
    }
  }
  for (let i = 0; i < 40; i++) {
    const q = cjkWord('body', 2, 6)
    queries.push({ query: q, terms: [q], kind: 'cjk body' })
  }
  for (let i = 0; i < 30; i++) {
    const q = cjkWord('title', 2, 6)
    queries.push({ query: q, terms: [q], kind: 'cjk title' })
  }
  for (let i = 0; i < 20; i++) {
    const q = cjkWord('body', 1, 1)
    queries.push({ query: q, terms: [q], kind: 'single' })
  }
  for (let i = 0; i < 25; i++) {
    const w = latinWord()
    queries.push({ query: r.chance(0.5) ? w.toUpperCase() : w, terms: [w], kind: 'word' })
  }
  for (let i = 0; i < 25; i++) {
    const w = latinWord()
    const p = w.slice(0, r.int(2, Math.max(2, w.length - 1)))
    queries.push({ query: p, terms: [p], kind: 'prefix' })
  }
  for (let i = 0; i < 20; i++) {
    const a = latinWord()
    const b = cjkWord('body', 2, 4)
    queries.push({ query: `${a} ${b}`, terms: [a, b], kind: 'mixed' })
  }
  for (let i = 0; i < 25; i++) {
    const q = cjkWord(r.chance(0.5) ? 'title' : 'body', 2, 5)
    const traditional = [...q].map((c) => toTraditional.get(c) ?? c).join('')
    queries.push({ query: traditional, terms: [q], kind: 'traditional' })
  }
  for (let i = 0; i < 10; i++) {
    const a = cjkWord('body', 2, 3)
    const b = cjkWord('body', 2, 3)
    queries.push({ query: `${a} ${b}`, terms: [a, b], kind: 'and' })
  }
  const none = [
    '量子纠缠',
    'zzqxj',
    '迴圈',
    '火星基地建设',
    'blockchainx',
    '的的的的',
    'ai芯片',
    '区块 链',
  ]
  for (const q of none) queries.push({ query: q, terms: q.split(' '), kind: 'none' })
  queries.push({ query: '"ＡＩ"', terms: ['ai'], kind: 'width' })
  return queries
}
