// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createArticlePolicy, sanitizeForRender, sanitizeToTrusted } from '../dompurify'
import { SANITIZE_POLICY } from '../policy'
import { VECTORS } from '../../../test-support/hostile/vectors'

describe('render-time sanitizer: hostile vectors', () => {
  it.each(VECTORS.filter((v) => !v.heavy))(
    '$name',
    ({ html, forbidden, expect: survivors = [] }) => {
      const out = sanitizeForRender(html)
      for (const pattern of forbidden) expect(out).not.toMatch(pattern)
      for (const text of survivors) expect(out).toContain(text)
      expect(sanitizeForRender(out)).toBe(out)
    },
  )
})

describe('render-time sanitizer: safe content', () => {
  it('keeps text, an allowlisted player sandboxed and images without referrer', () => {
    const out = sanitizeForRender(
      '<p>第一段</p><iframe src="https://www.youtube.com/embed/abc" allowfullscreen></iframe><img src="https://img.example/a.jpg" alt="图">',
    )
    const doc = new DOMParser().parseFromString(out, 'text/html')
    expect(doc.querySelector('p')?.textContent).toBe('第一段')
    const frame = doc.querySelector('iframe')
    expect(frame?.getAttribute('src')).toBe('https://www.youtube.com/embed/abc')
    expect(frame?.getAttribute('sandbox')).toBe(
      'allow-scripts allow-same-origin allow-presentation allow-popups',
    )
    expect(frame?.getAttribute('loading')).toBe('lazy')
    expect(doc.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer')
  })

  it('gives the same answer on repeated calls (hooks installed once)', () => {
    const html = '<a href="https://example.com/">x</a>'
    const first = sanitizeForRender(html)
    expect(sanitizeForRender(html)).toBe(first)
    expect(first.match(/target=/g)).toHaveLength(1)
  })

  it('leaves the global DOMPurify instance without our hooks', async () => {
    const { default: DOMPurify } = await import('dompurify')
    expect(DOMPurify.sanitize('<a href="https://example.com/">x</a>')).not.toContain('target=')
  })
})

describe('render-time size limit', () => {
  it('reads at most maxRenderChars of a tampered, oversized body', () => {
    const max = SANITIZE_POLICY.maxRenderChars
    const out = sanitizeForRender(`<p>${'字'.repeat(max)}</p><img src=x onerror=alert(1)>`)
    expect(out.length).toBeLessThanOrEqual(max + 10)
    expect(out).not.toContain('onerror')
  })
})

describe('Trusted Types seam', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('returns the sanitized string where Trusted Types are missing', () => {
    expect(createArticlePolicy()).toBeUndefined()
    expect(sanitizeToTrusted('<p onclick="x">t</p>')).toBe('<p>t</p>')
  })

  it('creates one named policy whose createHTML sanitizes', () => {
    const createPolicy = vi.fn((_name: string, rules: { createHTML: (s: string) => string }) => ({
      createHTML: (input: string) => ({ toString: () => rules.createHTML(input) }),
    }))
    vi.stubGlobal('trustedTypes', { createPolicy })
    expect(String(sanitizeToTrusted('<img src=x onerror=alert(1)>'))).not.toContain('onerror')
    sanitizeToTrusted('<p>again</p>')
    expect(createPolicy).toHaveBeenCalledTimes(1)
    expect(createPolicy.mock.calls[0]?.[0]).toBe('broadsheet-article')
  })

  it('sanitizes the same body once when the first paint and then the app ask for it', () => {
    // Each createHTML call makes a new object: getting the same one back means no second pass.
    const createPolicy = (_name: string, rules: { createHTML: (s: string) => string }) => ({
      createHTML: (input: string) => ({ toString: () => rules.createHTML(input) }),
    })
    vi.stubGlobal('trustedTypes', { createPolicy })
    const body = '<p>同一篇<img src=x onerror=alert(1)></p>'
    const first = sanitizeToTrusted(body)
    expect(sanitizeToTrusted(body)).toBe(first)
    expect(String(first)).not.toContain('onerror')
    // Another body is sanitized afresh.
    const other = sanitizeToTrusted('<p onclick="x">另一篇</p>')
    expect(other).not.toBe(first)
    expect(String(other)).toBe('<p>另一篇</p>')
  })
})
