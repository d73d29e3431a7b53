import { describe, expect, it } from 'vitest'
import { expandPermalink, postPermalink } from '../permalink'

describe('expandPermalink', () => {
  const post = {
    relPath: 'Finance/Wire/Rates rise again.md',
    // 21:09 UTC on the 22nd is 05:09 on the 23rd in Shanghai.
    date: new Date('2022-04-22T21:09:06Z'),
    timezone: 'Asia/Shanghai',
    categories: [['Finance', 'Wire & Co'], ['Other']],
    id: 'a1b2c3',
  }

  it('expands dates in the site zone and :title as the path under the posts folder', () => {
    expect(expandPermalink(':year/:month/:day/:title/', post)).toBe(
      '2022/04/23/Finance/Wire/Rates rise again/',
    )
    expect(expandPermalink('/:i_month-:i_day/:hour:minute:second/:name.html', post)).toBe(
      '4-23/050906/Rates rise again.html',
    )
  })

  it('expands :id, :category, :post_title and :hash', () => {
    expect(expandPermalink('p/:id', post)).toBe('p/a1b2c3')
    expect(expandPermalink(':category/:name', post)).toBe('Finance/Wire-Co/Rates rise again')
    expect(expandPermalink(':category/:id', { ...post, categories: [] })).toBe(
      'uncategorized/a1b2c3',
    )
    expect(expandPermalink(':post_title/', { ...post, title: 'Rates Rise, Again!' })).toBe(
      'rates-rise-again/',
    )
    expect(expandPermalink(':hash', post)).toMatch(/^[0-9a-f]{12}$/)
  })

  it('leaves unknown parameters as written', () => {
    expect(expandPermalink(':year/:lang/:title', post)).toBe(
      '2022/:lang/Finance/Wire/Rates rise again',
    )
  })

  it('names category slugs from category_map, by category name', () => {
    const categoryMap = { Finance: 'money', 'Wire & Co': 'wire' }
    expect(expandPermalink(':category/:id', { ...post, categoryMap })).toBe('money/wire/a1b2c3')
  })

  describe('postPermalink', () => {
    const pattern = ':year/:month/:day/:title/'
    it('serves the post at its front matter permalink, as Hexo does', () => {
      expect(postPermalink(pattern, { permalink: '/notes/rates/' }, post)).toBe('notes/rates/')
      // Not an address on this site: the pattern stands.
      expect(postPermalink(pattern, { permalink: 'https://elsewhere.test/x' }, post)).toBe(
        '2022/04/23/Finance/Wire/Rates rise again/',
      )
    })

    it('puts front matter slug in place of the file path for :title and :name', () => {
      expect(postPermalink(pattern, { slug: 'rates-up' }, post)).toBe('2022/04/23/rates-up/')
      expect(postPermalink('a/:name.html', { slug: 2022 }, post)).toBe('a/2022.html')
      expect(postPermalink(pattern, { slug: '  ' }, post)).toBe(
        '2022/04/23/Finance/Wire/Rates rise again/',
      )
    })
  })
})
