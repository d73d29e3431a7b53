/**
 * Build-time highlighting: named languages only, marked lines, and a sanitizer policy that keeps
 * exactly the classes highlight.js can write, for every language it ships.
 */
import { createRequire } from 'node:module'
import type { HLJSApi } from 'highlight.js'
import { describe, expect, it } from 'vitest'
import { SANITIZE_POLICY } from '../../../sanitize/policy'
import { sanitizeAttributes } from '../../../sanitize/rules'
import { highlightCode } from '../highlight-code'
import { renderBody } from '../render-body'

const hljs = createRequire(import.meta.url)('highlight.js') as HLJSApi

/** Every scope a language definition names, as highlight.js turns scopes into classes. */
function emittedClasses(): Set<string> {
  const scopes = new Set<string>()
  const seen = new Set<unknown>()
  const walk = (mode: unknown): void => {
    if (!mode || typeof mode !== 'object' || seen.has(mode)) return
    seen.add(mode)
    const m = mode as Record<string, unknown>
    for (const key of ['scope', 'className', 'beginScope', 'endScope']) {
      const v = m[key]
      if (typeof v === 'string') scopes.add(v)
      else if (v && typeof v === 'object')
        for (const x of Object.values(v)) if (typeof x === 'string') scopes.add(x)
    }
    if (m.keywords && typeof m.keywords === 'object' && !Array.isArray(m.keywords))
      for (const k of Object.keys(m.keywords)) if (/^[a-z]/i.test(k)) scopes.add(k)
    for (const key of ['contains', 'variants', 'starts']) {
      const v = m[key]
      if (Array.isArray(v)) v.forEach(walk)
      else walk(v)
    }
  }
  // The definitions as written: a compiled language's keywords map words, not scopes.
  for (const name of hljs.listLanguages()) {
    const language = hljs.getLanguage(name) as { rawDefinition?: (api: HLJSApi) => unknown }
    walk(language.rawDefinition?.(hljs))
  }
  const classes = new Set<string>()
  // An empty scope opens no span.
  for (const scope of [...scopes].filter(Boolean)) {
    const [first, ...rest] = scope.split('.')
    classes.add(`hljs-${first}`)
    rest.forEach((part, i) => classes.add(part + '_'.repeat(i + 1)))
  }
  return classes
}

describe('highlightCode', () => {
  it('highlights a named language, and escapes an unknown or missing one', () => {
    expect(highlightCode('const a = "<b>"', 'js')).toBe(
      '<span class="hljs-keyword">const</span> a = <span class="hljs-string">&quot;&lt;b&gt;&quot;</span>',
    )
    expect(highlightCode('x < y', 'no-such-language')).toBe('x &lt; y')
    expect(highlightCode('const a', undefined)).toBe('const a')
  })
  it('marks lines, closing and reopening a token that spans them', () => {
    const html = highlightCode('/* one\ntwo */\nx', 'js', new Set([2]))
    expect(html).toBe(
      '<span class="hljs-comment">/* one</span>\n<mark><span class="hljs-comment">two */</span></mark>\nx',
    )
  })
  it('highlights fenced Markdown code by its info string', () => {
    expect(renderBody('```python\ndef f(): pass\n```').html).toContain(
      '<span class="hljs-keyword">def</span>',
    )
  })
})

describe('the sanitizer policy and the highlighter', () => {
  it('allows every class highlight.js writes, on span only; figure keeps only the gallery class', () => {
    const allowed = new Set(SANITIZE_POLICY.allowedClasses.span)
    expect([...emittedClasses()].filter((c) => !allowed.has(c))).toEqual([])
    expect(SANITIZE_POLICY.allowedClasses).toEqual({
      span: expect.any(Array),
      figure: ['bs-gallery'],
    })
    expect(sanitizeAttributes('figure', { class: 'bs-gallery hljs-title wp-gallery' })).toEqual({
      class: 'bs-gallery',
    })
  })
  it('keeps only those class tokens', () => {
    expect(sanitizeAttributes('span', { class: 'hljs-title function_ evil' })).toEqual({
      class: 'hljs-title function_',
    })
    expect(sanitizeAttributes('span', { class: 'masthead' })).toEqual({})
    expect(sanitizeAttributes('div', { class: 'hljs-keyword' })).toEqual({})
  })
})
