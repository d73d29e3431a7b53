import { afterEach, describe, expect, it, vi } from 'vitest'
import { fetchBytes, fetchJson } from './fetch-json'

const value = { format: 2, text: '中文与 English' }
const asIs = (v: unknown) => v

/** Gzip with the web platform's own stream, as the builder's zlib would (same format). */
async function gzip(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

function serve(body: BodyInit, headers: Record<string, string> = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { headers })),
  )
}

afterEach(() => vi.unstubAllGlobals())

// Format 2 stores bundle files gzipped; hosts serve them as they are, or decode them first.
describe('fetchJson reads bundle files', () => {
  it('inflates a gzipped file', async () => {
    serve(await gzip(JSON.stringify(value)), { 'content-type': 'application/gzip' })
    expect(await fetchJson('/data/x.json.gz', asIs)).toEqual(value)
  })

  it('reads plain JSON as it is (a host that decoded it, a hand-edited file)', async () => {
    serve(JSON.stringify(value), { 'content-type': 'application/json' })
    expect(await fetchJson('/data/x.json.gz', asIs)).toEqual(value)
  })

  it('calls a truncated or corrupt gzip file damaged, not a crash', async () => {
    const bytes = await gzip(JSON.stringify(value))
    const corrupt = new Uint8Array(52).fill(7)
    corrupt.set(bytes.subarray(0, 12))
    for (const broken of [bytes.slice(0, bytes.length / 2), corrupt]) {
      serve(broken)
      await expect(fetchJson('/data/x.json.gz', asIs)).rejects.toMatchObject({ kind: 'bad-json' })
    }
  })
})

describe('fetchBytes reads binary bundle files', () => {
  it('inflates a gzipped chunk to its bytes', async () => {
    const raw = new Uint8Array([0x81, 0x01, 0x05, 0x00, 0xff])
    const stream = new Blob([raw]).stream().pipeThrough(new CompressionStream('gzip'))
    serve(new Uint8Array(await new Response(stream).arrayBuffer()))
    expect([...(await fetchBytes('/data/search/p-x.bin.gz'))]).toEqual([...raw])
  })

  it('calls a missing file not-found', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    )
    await expect(fetchBytes('/data/search/p-x.bin.gz')).rejects.toMatchObject({
      kind: 'not-found',
    })
  })
})
