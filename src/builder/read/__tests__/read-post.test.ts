import { describe, expect, it } from 'vitest'
import { decodePost, PostError } from '../read-post'
import { rejection } from '../../__tests__/load-fixture'

const bytes = (text: string) => new TextEncoder().encode(text)
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]))
const opts = { maxBytes: 1 << 20 }

// A fixed generator, so the "random" bytes are the same on every run.
function noise(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

describe('decodePost', () => {
  it('decodes UTF-8 as is', () => {
    expect(decodePost(bytes('---\ntitle: 標題 😀\n---\nbody\n'), opts)).toEqual({
      text: '---\ntitle: 標題 😀\n---\nbody\n',
      warnings: [],
    })
  })

  it('strips a BOM with a warning', () => {
    const post = decodePost(
      join(Uint8Array.of(0xef, 0xbb, 0xbf), bytes('---\ntitle: x\n---\n')),
      opts,
    )
    expect(post.text).toBe('---\ntitle: x\n---\n')
    expect(post.warnings).toEqual(['removed a UTF-8 byte order mark'])
  })

  it('turns CRLF and CR into LF', () => {
    expect(decodePost(bytes('---\r\ntitle: x\r\n---\rbody\r\n'), opts).text).toBe(
      '---\ntitle: x\n---\nbody\n',
    )
  })

  it('rejects empty, oversized, UTF-16 and binary files', () => {
    expect(rejection(() => decodePost(new Uint8Array(0), opts)).reason).toBe('empty file')
    expect(rejection(() => decodePost(bytes(' \n\n\t'), opts)).reason).toBe('empty file')
    expect(rejection(() => decodePost(bytes('x'.repeat(101)), { maxBytes: 100 })).reason).toMatch(
      /larger than 100/,
    )
    expect(rejection(() => decodePost(Uint8Array.of(0xff, 0xfe, 0x2d, 0), opts)).reason).toMatch(
      /UTF-16/,
    )
    expect(rejection(() => decodePost(noise(4096), opts)).reason).toMatch(/binary/)
  })

  it('rejects random high bytes with no NULs as invalid UTF-8', () => {
    const high = noise(2048, 7).map((b) => b | 0x80)
    expect(rejection(() => decodePost(high, opts)).reason).toMatch(/not valid UTF-8/)
  })

  it('rejects invalid UTF-8 in the front matter, with its line', () => {
    const latin1 = join(bytes('---\ntitle: caf'), Uint8Array.of(0xe9), bytes('\n---\nbody\n'))
    const error = rejection(() => decodePost(latin1, opts))
    expect(error.reason).toMatch(/not valid UTF-8/)
    expect(error.line).toBe(2)
  })

  it('repairs a rare bad sequence in the body once the front matter is whole', () => {
    const text = join(
      bytes(`---\ntitle: x\n---\n${'a long enough body. '.repeat(10)}\ncut `),
      Uint8Array.of(0xe5, 0x9c),
      bytes('\n'),
    )
    const post = decodePost(text, opts)
    expect(post.text).toContain('cut \uFFFD')
    expect(post.warnings).toEqual([
      'invalid UTF-8 from line 5: 2 invalid bytes replaced with U+FFFD',
    ])
  })

  it('rejects overlong encodings and surrogates', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      expect(() => decodePost(join(bytes('x'), Uint8Array.from(bad)), opts)).toThrow(PostError)
    }
  })
})
