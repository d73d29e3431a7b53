import { describe, expect, it } from 'vitest'
import { postExcerpt } from '../post-excerpt'

const body =
  '<p>First part.</p>\n<!-- more -->\n<p>The rest of the post, which lists never show.</p>'
const text = 'First part.\nThe rest of the post, which lists never show.'

describe('postExcerpt', () => {
  it('ends at <!-- more -->', () => {
    expect(postExcerpt({}, body, text, '/')).toBe('First part.')
    expect(postExcerpt({}, body.replace('<!-- more -->', '<!--more-->'), text, '/')).toBe(
      'First part.',
    )
  })
  it('prefers the front matter: excerpt, then description', () => {
    expect(postExcerpt({ excerpt: 'Given.', description: 'Described.' }, body, text, '/')).toBe(
      'Given.',
    )
    expect(postExcerpt({ description: '<b>Described</b> here.' }, body, text, '/')).toBe(
      'Described here.',
    )
    expect(postExcerpt({ excerpt: '  ', description: 'Described.' }, body, text, '/')).toBe(
      'Described.',
    )
  })
  it('takes the start of the body without either, cut to two list lines', () => {
    const long = 'word '.repeat(100)
    expect(postExcerpt({}, `<p>${long}</p>`, long, '/')).toMatch(/^word word .*…$/)
    expect(postExcerpt({}, '<p>x</p>', 'Only text.', '/')).toBe('Only text.')
  })
})
