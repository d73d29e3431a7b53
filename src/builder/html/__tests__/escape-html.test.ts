import { describe, expect, it } from 'vitest'
import { escapeHtmlKeepingEntities } from '../escape-html'

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
