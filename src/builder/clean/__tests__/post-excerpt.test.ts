import { describe, expect, it } from 'vitest'
import { postExcerpt } from '../post-excerpt'

const body =
  '<p>First part.</p>\n<!-- more -->\n<p>The rest of the post, which lists never show.</p>'
const text = 'First part.\nThe rest of the post, which lists never show.'
const excerptOf = (data: Parameters<typeof postExcerpt>[0], html = body, plain = text) =>
  postExcerpt(data, html, plain, '/').excerpt

describe('postExcerpt', () => {
  it('ends at <!-- more -->', () => {
    expect(excerptOf({})).toBe('First part.')
    expect(excerptOf({}, body.replace('<!-- more -->', '<!--more-->'))).toBe('First part.')
  })
  it('prefers the front matter: excerpt, then description', () => {
    expect(excerptOf({ excerpt: 'Given.', description: 'Described.' })).toBe('Given.')
    expect(excerptOf({ description: '<b>Described</b> here.' })).toBe('Described here.')
    expect(excerptOf({ excerpt: '  ', description: 'Described.' })).toBe('Described.')
  })
  it('keeps a description given beside an excerpt as the link-preview text', () => {
    expect(
      postExcerpt({ excerpt: 'Given.', description: '<i>Described.</i>' }, body, text, '/'),
    ).toEqual({ excerpt: 'Given.', description: 'Described.' })
    // Alone, or the same as the excerpt, it is the excerpt and nothing more.
    for (const data of [
      { description: 'Described.' },
      { excerpt: 'Same.', description: 'Same.' },
      { excerpt: 'Given.' },
    ])
      expect(postExcerpt(data, body, text, '/')).not.toHaveProperty('description')
  })
  it('takes the start of the body without either, cut to two list lines', () => {
    const long = 'word '.repeat(100)
    expect(excerptOf({}, `<p>${long}</p>`, long)).toMatch(/^word word .*…$/)
    expect(excerptOf({}, '<p>x</p>', 'Only text.')).toBe('Only text.')
  })
})
