import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { escapeHtml, escapeHtmlKeepingEntities } from '../escape-html'

/** What a parser reads back from the escaped value, in text and in a double-quoted attribute. */
function readBack(escaped: string) {
  const doc = parseDocument(`<p title="${escaped}">${escaped}</p>`)
  const p = doc.children[0] as unknown as {
    attribs: Record<string, string>
    children: { data: string }[]
  }
  return { attribute: p.attribs.title, text: p.children.map((c) => c.data).join('') }
}

describe('escapeHtml', () => {
  it('escapes the four characters that end text or a quoted attribute', () => {
    expect(escapeHtml(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d &quot;e&quot; 'f'`)
  })

  it('escapes an entity written as literal text, so it shows as written', () => {
    expect(escapeHtml('&amp; &#39;')).toBe('&amp;amp; &amp;#39;')
  })

  it('round-trips hostile text through a parser, in text and in an attribute', () => {
    for (const value of [
      '"><script>alert(1)</script>',
      `" onmouseover="alert(1)`,
      '</title><img src=x onerror=alert(1)>',
      '&lt;not a tag&gt; & 中文 · emoji 🎉',
    ]) {
      expect(readBack(escapeHtml(value))).toEqual({ attribute: value, text: value })
    }
  })
})

describe('escapeHtmlKeepingEntities', () => {
  it('keeps character references and escapes a bare ampersand and angle brackets', () => {
    expect(escapeHtmlKeepingEntities('&amp; &#123; &#x7D; &nbsp; AT&T <b> 1 > 0')).toBe(
      '&amp; &#123; &#x7D; &nbsp; AT&amp;T &lt;b&gt; 1 &gt; 0',
    )
  })

  it('leaves quotes alone: it is for text between tags only', () => {
    expect(escapeHtmlKeepingEntities(`"quoted" 'single'`)).toBe(`"quoted" 'single'`)
  })
})
