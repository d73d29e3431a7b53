import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FORMAT_VERSION } from '../../../bundle/format'
import { normalizePermalink, shardOf } from '../../../bundle/paths'
import { ensureArticle } from '../api/get-article'
import { findArticleFile } from '../api/get-id-shard'
import { resolveAlias } from '../api/resolve-alias'
import { testEntry } from '../../../test/entry'

const entry = testEntry({
  site: {
    title: 'News',
    language: 'zh-CN',
    timezone: 'Asia/Shanghai',
    permalink: ':year/:month/:day/:title/',
  },
  counts: { articles: 2, categories: 1, days: 1 },
  latest: { h: 'latest', n: 2 },
  idShards: ['ids0', 'ids1', 'ids2', 'ids3'],
  aliases: 'alx',
})
const aliasShards = ['al0', 'al1']

const permalink = '2022/01/06/深圳新任市管干部/'
const aliasKey = normalizePermalink(permalink)

/** Serves a tiny bundle from memory; anything else is a 404. */
function bundle(): Record<string, unknown> {
  const files: Record<string, unknown> = { '/data/entry.json': entry }
  // Every shard the entry names exists, empty or not.
  for (const h of entry.idShards)
    files[`/data/ids/${h}.json.gz`] = { format: FORMAT_VERSION, files: {} }
  for (const [id, f] of [
    ['a1b2', 'fa'],
    ['c3d4', 'fc'],
  ] as const) {
    const h = entry.idShards[shardOf(id, entry.idShards.length)]
    const shard = files[`/data/ids/${h}.json.gz`] as { files: Record<string, string> }
    shard.files[id] = f
    files[`/data/articles/${f}.json.gz`] = {
      format: FORMAT_VERSION,
      id,
      title: `T ${id}`,
      date: '2022-01-06T00:01:41Z',
      categories: [],
      tags: [],
      permalink: '',
      excerpt: '',
      textLength: 10,
      html: '<p>x</p>',
    }
  }
  files[`/data/aliases/index-${entry.aliases}.json.gz`] = {
    format: FORMAT_VERSION,
    shards: aliasShards,
  }
  const alias = aliasShards[shardOf(aliasKey, aliasShards.length)]
  files[`/data/aliases/${alias}.json.gz`] = { format: FORMAT_VERSION, ids: { [aliasKey]: 'a1b2' } }
  return files
}

let fetched: string[]
beforeEach(() => {
  const files = bundle()
  fetched = []
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url)
    const body = files[url]
    return body === undefined
      ? new Response('nope', { status: 404 })
      : new Response(JSON.stringify(body), { status: 200 })
  })
})
afterEach(() => vi.unstubAllGlobals())

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

describe('id shard lookup', () => {
  it('finds the article file through the shard that holds the id', async () => {
    const qc = client()
    expect(await findArticleFile(qc, 'a1b2')).toBe('fa')
    const article = await ensureArticle(qc, 'c3d4')
    expect(article?.title).toBe('T c3d4')
    expect(fetched).toContain('/data/articles/fc.json.gz')
  })
  it('answers null for unknown ids, including Object.prototype names', async () => {
    const qc = client()
    expect(await ensureArticle(qc, 'zzzz')).toBeNull()
    expect(await findArticleFile(qc, 'constructor')).toBeNull()
  })
  it('fetches the entry once for many lookups, and nothing of the alias table', async () => {
    const qc = client()
    await findArticleFile(qc, 'a1b2')
    await findArticleFile(qc, 'c3d4')
    expect(fetched.filter((u) => u.endsWith('entry.json'))).toHaveLength(1)
    expect(fetched.filter((u) => u.includes('/aliases/'))).toEqual([])
  })
})

describe('resolveAlias', () => {
  it('maps an old permalink, in any of its spellings, to the article id', async () => {
    const qc = client()
    expect(await resolveAlias(qc, '/2022/01/06/深圳新任市管干部/')).toBe('a1b2')
    expect(await resolveAlias(qc, `/${encodeURI('2022/01/06/深圳新任市管干部')}/index.html`)).toBe(
      'a1b2',
    )
    expect(await resolveAlias(qc, '2022/01/06/深圳新任市管干部?utm=x')).toBe('a1b2')
  })
  it('reads the alias index once, then the shard that holds the path', async () => {
    const qc = client()
    await resolveAlias(qc, '/2022/01/06/深圳新任市管干部/')
    await resolveAlias(qc, '/2022/01/06/other/')
    expect(fetched.filter((u) => u.includes('/aliases/index-'))).toEqual([
      '/data/aliases/index-alx.json.gz',
    ])
  })
  it('answers null for unknown paths and for the root', async () => {
    const qc = client()
    expect(await resolveAlias(qc, '/2022/01/06/other/')).toBeNull()
    expect(await resolveAlias(qc, '/')).toBeNull()
  })
  it('answers null when the shard is missing, but fails when the index is', async () => {
    const shard = `/data/aliases/${aliasShards[shardOf(aliasKey, aliasShards.length)]}.json.gz`
    const serve = (missing: string) =>
      vi.stubGlobal('fetch', async (url: string) => {
        const body = url === missing ? undefined : bundle()[url]
        return body === undefined
          ? new Response('nope', { status: 404 })
          : new Response(JSON.stringify(body), { status: 200 })
      })
    serve(shard)
    expect(await resolveAlias(client(), permalink)).toBeNull()
    serve('/data/aliases/index-alx.json.gz')
    await expect(resolveAlias(client(), permalink)).rejects.toMatchObject({ kind: 'not-found' })
  })
  it('lets real failures through so the caller can offer Retry', async () => {
    vi.stubGlobal('fetch', async () => new Response('oops', { status: 500 }))
    await expect(resolveAlias(client(), '/2022/01/06/x/')).rejects.toMatchObject({ kind: 'server' })
  })
})
