// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '../build-sanitizer'
import { sanitizeForRender } from '../dompurify'
import { SANITIZE_POLICY } from '../policy'
import { findForbidden } from '../../../test-support/hostile/find-forbidden'
import { VECTORS } from '../../../test-support/hostile/vectors'

const CHECK = { tags: SANITIZE_POLICY.allowedTags, iframeHosts: SANITIZE_POLICY.iframeHosts }

/** The output as a browser would parse it, in a body of its own. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body

describe('no forbidden construct in the parsed output of either adapter', () => {
  it.each(VECTORS.filter((v) => !v.heavy))('$name', ({ html }) => {
    expect(findForbidden(parse(sanitizeHtml(html)), CHECK)).toEqual([])
    expect(findForbidden(parse(sanitizeForRender(html)), CHECK)).toEqual([])
  })
})

describe('the checker itself', () => {
  it('finds what the vectors plant when nothing sanitizes them', () => {
    const raw = VECTORS.filter((v) => !v.heavy && findForbidden(parse(v.html), CHECK).length > 0)
    // Nearly every vector is caught raw; the rest plant text-only payloads (escaped markup).
    expect(raw.length).toBeGreaterThan(VECTORS.length * 0.85)
    expect(findForbidden(parse('<a href="java&#x09;script:x" target="_top">x</a>'), CHECK)).toEqual(
      ['<a> href leads to javascript:', '<a> target=_top'],
    )
    expect(
      findForbidden(parse('<iframe src="https://evil.example/"></iframe>'), CHECK),
    ).toHaveLength(2)
  })
})
