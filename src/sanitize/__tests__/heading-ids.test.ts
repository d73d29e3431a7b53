// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '../build-sanitizer'
import { sanitizeForRender } from '../dompurify'

describe('heading anchors through both adapters', () => {
  it('keep the builder’s anchor on a heading, as the build does', () => {
    const html = '<h2 id="h-背景">背景</h2><h3 id="h-a-2">a</h3>'
    expect(sanitizeForRender(html)).toBe(html)
    expect(sanitizeHtml(html)).toBe(html)
  })

  it('drop an id anywhere else, and any id of another shape', () => {
    const html =
      '<p id="h-a">x</p><h2 id="location">y</h2><h2 id="cookie">z</h2><h2 id="h-a b">w</h2><a id="h-b" href="#h-a">v</a>'
    const expected = '<p>x</p><h2>y</h2><h2>z</h2><h2>w</h2><a href="#h-a">v</a>'
    expect(sanitizeForRender(html)).toBe(expected)
    expect(sanitizeHtml(html)).toBe(expected)
  })
})
