import { describe, expect, it } from 'vitest'
import { detectBodyKind, renderBody } from '../render-body'
import { parseFrontMatter } from '../front-matter'
import { fixture } from '../../__tests__/load-fixture'

const bodyOf = (name: string) => parseFrontMatter(fixture(name), { fileName: name }).body

describe('detectBodyKind', () => {
  it('sees HTML when the body opens with a block tag, even after a comment', () => {
    expect(detectBodyKind('\n<div>   \n<p>Hello</p>\n</div>')).toBe('html')
    expect(detectBodyKind('<!-- lead -->\n<figure><img src="a.jpg"></figure>')).toBe('html')
    expect(detectBodyKind('<H2>Title</H2>')).toBe('html')
    expect(detectBodyKind('<iframe src="https://example.com/v"></iframe>')).toBe('html')
  })

  it('sees Markdown by its signals', () => {
    expect(detectBodyKind(bodyOf('markdown-table.md'))).toBe('markdown')
    expect(detectBodyKind('Intro\n\n- one\n- two')).toBe('markdown')
    expect(detectBodyKind('Some **bold** claim')).toBe('markdown')
    expect(detectBodyKind('```js\nx()\n```')).toBe('markdown')
    expect(detectBodyKind('Say <b>hi</b> to all')).toBe('markdown')
  })

  it('sees text otherwise, also when a <div> wraps nothing but text', () => {
    expect(detectBodyKind('Just words.\nMore words.')).toBe('text')
    expect(detectBodyKind(bodyOf('plain-text.md'))).toBe('text')
    expect(detectBodyKind('<div>Updated to [11]</div>')).toBe('text')
    expect(detectBodyKind('')).toBe('text')
  })
})

describe('detectBodyKind on hostile input', () => {
  it('stays fast on long runs of Markdown punctuation', () => {
    const started = performance.now()
    for (const body of [
      '['.repeat(300_000),
      '[a'.repeat(300_000),
      '**'.repeat(300_000),
      '<!--'.repeat(100_000),
    ]) {
      detectBodyKind(body)
    }
    expect(performance.now() - started).toBeLessThan(3000)
  })
})

describe('renderBody', () => {
  it('passes HTML through unchanged', () => {
    const body = '<div>\n<p onclick="x()">Hi</p><script>alert(1)</script>\n</div>\n'
    expect(renderBody(body)).toEqual({ html: body, kind: 'html' })
  })

  it('renders Markdown with GFM tables and raw HTML', () => {
    const { html, kind } = renderBody(bodyOf('markdown-table.md'))
    expect(kind).toBe('markdown')
    expect(html).toContain('<h2>Results</h2>')
    expect(html).toMatch(
      /<table>[\s\S]*<th>Quarter<\/th>[\s\S]*<td style="text-align:right">12<\/td>/,
    )
    expect(html).toContain('<strong>steady</strong>')
    expect(html).toContain('<a href="https://example.com/report">the report</a>')
    expect(renderBody('# T\n\nA <span class="x">b</span>').html).toContain(
      '<span class="x">b</span>',
    )
    expect(renderBody('# T\n\nsee https://example.com').html).not.toContain('<a')
  })

  it('renders text as escaped paragraphs with line breaks, dropping the wrapper', () => {
    const { html, kind } = renderBody(bodyOf('plain-text.md'))
    expect(kind).toBe('text')
    expect(html).toBe(
      '<p>We are announcing a small event. Details at https://example.com/event :)</p>\n' +
        '<p>Prizes<br>\nTo be announced</p>',
    )
    expect(renderBody('a < b & c > d\n\n&#123;x&#125; &amp;').html).toBe(
      '<p>a &lt; b &amp; c &gt; d</p>\n<p>&#123;x&#125; &amp;</p>',
    )
    expect(renderBody('   \n  ').html).toBe('')
  })
})
