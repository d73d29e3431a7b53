/**
 * Recall and precision of the search index against brute force, on a generated 2,000-post corpus
 * built through the builder's public API: every query pages through all its results, which must
 * be exactly the posts whose normalised title or body contains the query.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeCorpus } from '../../../../bench/corpus/write-corpus'
import { holds, makeQueries, normalizedTerms } from '../../../../bench/search/queries'
import { calendarWindows } from '../../../bundle/calendar-windows'
import type { Article, Calendar, Entry } from '../../../bundle/format'
import { bundlePaths } from '../../../bundle/paths'
import type { DocPage, SearchManifest } from '../../../bundle/search-format'
import { searchableText } from '../../../search/document'
import { createSearchEngine } from '../../../search/engine'
import type { SearchEngine, SearchRequest } from '../../../search/engine'
import { buildBundle } from '../../index'

let root: string
let out: string
let engine: SearchEngine
const docs: { article: Article; text: { title: string; body: string } }[] = []

const read = (path: string): Uint8Array => {
  const bytes = readFileSync(join(out, path))
  return bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes
}
const readJson = <T>(path: string): T => JSON.parse(new TextDecoder().decode(read(path))) as T

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'search-recall-'))
  out = join(root, 'bundle')
  writeCorpus({
    count: 2000,
    out: join(root, 'posts'),
    seed: 12,
    broken: 0,
    huge: false,
    clean: true,
  })
  await buildBundle({ posts: join(root, 'posts'), out })
  const entry = readJson<Entry>(bundlePaths.entry)
  const manifest = readJson<SearchManifest>(bundlePaths.searchManifest(entry.search))
  for (const page of manifest.docPages)
    for (const f of readJson<DocPage>(bundlePaths.searchDocs(page)).files) {
      const article = readJson<Article>(bundlePaths.article(f))
      docs.push({ article, text: searchableText(article) })
    }
  engine = createSearchEngine({ load: async (path) => read(path) }, entry.search)
}, 120_000)

afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000)

function expected(terms: string[], excludes: string[] = [], keep = (_doc: number) => true) {
  const found: number[] = []
  docs.forEach(({ text }, doc) => {
    if (keep(doc) && holds(text, terms, excludes)) found.push(doc)
  })
  return found.reverse()
}

async function everyResult(request: SearchRequest) {
  const run = engine.search(request)
  const found: number[] = []
  while (!run.done) for (const r of await run.next(20)) found.push(r.doc)
  expect(run.count()).toEqual({ value: found.length, exact: true })
  return found
}

describe('search against brute force (2,000 posts)', () => {
  it('finds exactly the posts that contain each of at least 200 queries', async () => {
    const queries = makeQueries(docs.map((d) => d.text))
    expect(queries.length).toBeGreaterThanOrEqual(200)
    const misses: string[] = []
    let hits = 0
    for (const q of queries) {
      const want = expected(normalizedTerms(q))
      const got = await everyResult({ query: q.query })
      if (q.kind !== 'none') hits += want.length > 0 ? 1 : 0
      if (JSON.stringify(got) !== JSON.stringify(want))
        misses.push(`${q.kind} ${q.query}: ${got.length} found, ${want.length} expected`)
    }
    expect(misses).toEqual([])
    // The set is only worth something if most queries have results.
    expect(hits).toBeGreaterThan(180)
  }, 120_000)

  it('applies exclusions, phrases, categories and date windows', async () => {
    const cat = docs[7]!.article.categories[0]!.slice(0, 1)
    const inCat = (doc: number) => docs[doc]!.article.categories.some((p) => p[0] === cat[0])
    expect(await everyResult({ query: '', category: cat })).toEqual(expected([], [], inCat))
    expect(await everyResult({ query: '储能 -项目', category: cat })).toEqual(
      expected(['储能'], ['项目'], inCat),
    )
    const entry = readJson<Entry>(bundlePaths.entry)
    const calendar = calendarWindows(readJson<Calendar>(bundlePaths.calendar(entry.calendar)))
    const month = calendar.years[1]!.months[2]!.list
    const start = month.start ?? 0
    const inWindow = (doc: number) => {
      const index = docs.length - 1 - doc
      return index >= start && index < start + month.n
    }
    expect(await everyResult({ query: '数据', window: month })).toEqual(
      expected(['数据'], [], inWindow),
    )
    expect(await everyResult({ query: '"the company"' })).toEqual(expected(['the company']))
  }, 60_000)

  it("reads each index file once, and all of a query's dictionary shards at once", async () => {
    const loads: string[] = []
    let open = 0
    let most = 0
    const counting = createSearchEngine(
      {
        load: async (path) => {
          loads.push(path)
          open += 1
          most = Math.max(most, open)
          await new Promise((resolve) => setTimeout(resolve, 2))
          open -= 1
          return read(path)
        },
      },
      readJson<Entry>(bundlePaths.entry).search,
    )
    await counting.warm()
    // The manifest, then the newest doc pages (at most two).
    expect(loads[0]).toBe(bundlePaths.searchManifest(readJson<Entry>(bundlePaths.entry).search))
    expect(loads.slice(1).every((path) => path.includes('/d-'))).toBe(true)
    expect(loads.length).toBeGreaterThan(1)
    expect(loads.length).toBeLessThanOrEqual(3)
    const warmed = loads.length
    const run = counting.search({ query: '储能项目 数据' })
    while (!run.done) await run.next(20)
    // Every term's dictionary shard at once, then the lists' chunks the walk starts in.
    const reads = loads
      .slice(warmed)
      .map((path) => (path.includes('/t-') ? 't' : path.includes('/p-') ? 'p' : '.'))
    expect(reads.join('')).toMatch(/^t+p/)
    expect(new Set(loads).size).toBe(loads.length)
    const shards = loads.filter((path) => path.includes('/t-'))
    expect(shards.length).toBeGreaterThan(1)
    expect(most).toBeGreaterThanOrEqual(shards.length)
  }, 60_000)

  it('ranks title matches first by relevance, and shows highlights and snippets', async () => {
    const run = engine.search({ query: '储能', sort: 'relevance' })
    const results = []
    while (!run.done) results.push(...(await run.next(20)))
    const firstBody = results.findIndex((r) => !r.inTitle)
    expect(firstBody).toBeGreaterThan(0)
    expect(results.slice(firstBody).every((r) => !r.inTitle)).toBe(true)
    expect(results.map((r) => r.doc).sort()).toEqual(expected(['储能']).sort())
    const top = results[0]!
    const [s, e] = top.titleRanges[0]!
    expect(top.article.title.slice(s, e)).toBe('储能')
    const body = results[firstBody]!
    const [a, b] = body.snippet.ranges[0]!
    expect(body.snippet.text.slice(a, b)).toBe('储能')
  }, 60_000)
})
