import { describe, expect, it } from 'vitest'
import { normalizeCategories, normalizeTags } from '../categories'

describe('normalizeCategories', () => {
  it('reads a list as one hierarchy', () => {
    expect(normalizeCategories(['Finance', 'Wire', 'Domestic'])).toEqual([
      ['Finance', 'Wire', 'Domestic'],
    ])
  })

  it('reads a list of lists as several hierarchies, a lone string among them as its own', () => {
    expect(normalizeCategories([['Diary', 'Games'], ['Diary', 'Travel'], 'Life'])).toEqual([
      ['Diary', 'Games'],
      ['Diary', 'Travel'],
      ['Life'],
    ])
  })

  it('reads a string as one category', () => {
    expect(normalizeCategories('  News  ')).toEqual([['News']])
    expect(normalizeCategories(2021)).toEqual([['2021']])
  })

  it('strips Markdown links and collapses whitespace', () => {
    expect(normalizeCategories(['Comics', 'Webcomics - [Portal](https://example.com/x)'])).toEqual([
      ['Comics', 'Webcomics - Portal'],
    ])
    expect(normalizeCategories(['A \n\t B'])).toEqual([['A B']])
  })

  it('drops empty names, empty paths and duplicates', () => {
    expect(normalizeCategories(null)).toEqual([])
    expect(normalizeCategories('')).toEqual([])
    expect(normalizeCategories([])).toEqual([])
    expect(normalizeCategories(['', ' ', null, 'A', { x: 1 }])).toEqual([['A']])
    expect(normalizeCategories([['A', 'B'], [], ['A', 'B'], [' ']])).toEqual([['A', 'B']])
  })

  it('caps depth and name length without splitting an emoji', () => {
    const deep = Array.from({ length: 12 }, (_, i) => `L${i}`)
    expect(normalizeCategories(deep)[0]).toHaveLength(8)
    const long = normalizeCategories(['😀'.repeat(150)])[0]?.[0] ?? ''
    expect(Array.from(long)).toHaveLength(100)
    expect(long).toBe('😀'.repeat(100))
  })
})

describe('normalizeTags', () => {
  it('flattens, cleans and de-duplicates', () => {
    expect(normalizeTags(['a', ['b', 'a'], ' ', '[c](http://x)'])).toEqual({
      names: ['a', 'b', 'c'],
    })
    expect(normalizeTags('one, two')).toEqual({ names: ['one, two'] })
    expect(normalizeTags(undefined)).toEqual({ names: [] })
  })

  it('reads a number as its text and normalizes to NFC', () => {
    expect(normalizeTags([2022, 3.5])).toEqual({ names: ['2022', '3.5'] })
    expect(normalizeTags('Cafe\u0301')).toEqual({ names: ['Caf\u00e9'] })
  })

  it('keys tags by tag_map as Hexo slugs them: the exact name, own keys only; names stay', () => {
    const map = Object.fromEntries([
      ['JS', 'JavaScript'],
      ['ES 模块', 'ESM'],
      ['__proto__', 'proto'],
    ])
    // Case must match; two names may share a key, and each stays on the article.
    expect(normalizeTags(['JS', 'JavaScript', 'js', '  ES   模块 '], map)).toEqual({
      names: ['JS', 'JavaScript', 'js', 'ES 模块'],
      keys: ['JavaScript', 'JavaScript', 'js', 'ESM'],
    })
    expect(normalizeTags(['constructor', 'toString', '__proto__'], map)).toEqual({
      names: ['constructor', 'toString', '__proto__'],
      keys: ['constructor', 'toString', 'proto'],
    })
    // No key differs: no keys at all, so the article carries none.
    expect(normalizeTags(['js', 'constructor'], map)).toEqual({ names: ['js', 'constructor'] })
  })
})
