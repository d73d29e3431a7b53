import { describe, expect, it } from 'vitest'
import { findTerm, matchDocument } from '../match'
import { normalize } from '../normalize'
import { parseQuery } from '../parse-query'
import { highlightRanges, makeSnippet } from '../snippet'

describe('parseQuery', () => {
  it('splits on spaces, keeps quoted phrases, and takes -word as an exclusion', () => {
    const q = parseQuery('AI  芯片 "open source" -迴圈 -"big data" -')
    expect(q.terms.map((t) => t.text)).toEqual(['ai', '芯片', 'open source'])
    expect(q.excludes.map((t) => t.text)).toEqual(['回圈', 'big data'])
  })
})

describe('findTerm', () => {
  it('matches words at their start and CJK anywhere', () => {
    expect(findTerm('learn python now', 'pyth')).toBe(6)
    expect(findTerm('cpython', 'pyth')).toBe(-1)
    expect(findTerm('a big cat', 'c')).toBe(-1)
    expect(findTerm('plan c now', 'c')).toBe(5)
    expect(findTerm('段简介', '段简')).toBe(0)
    expect(findTerm('是一段话', '是一段')).toBe(0)
  })
})

describe('matchDocument', () => {
  it('needs every term, in the title or the body, and no excluded one', () => {
    const doc = { title: normalize('AI 芯片'), body: normalize('迴圈 and Python') }
    const q = (s: string) => parseQuery(s)
    expect(matchDocument(doc, q('ai 回圈').terms)).toEqual({ inTitle: false })
    expect(matchDocument(doc, q('芯片').terms)).toEqual({ inTitle: true })
    expect(matchDocument(doc, q('芯片 -pyth').terms, q('芯片 -pyth').excludes)).toBeUndefined()
    expect(matchDocument(doc, q('芯片 java').terms)).toBeUndefined()
  })
})

describe('snippets', () => {
  it('maps matches back to the original text', () => {
    expect(highlightRanges('ＡＩ與迴圈', parseQuery('ai 回圈').terms)).toEqual([
      [0, 2],
      [3, 5],
    ])
  })

  it('cuts around the first match, on one line', () => {
    const body = `第一段。\n${'很长的文字'.repeat(20)}然后是迴圈，\n再说一次迴圈。`
    const s = makeSnippet(body, parseQuery('回圈').terms, 40)
    expect(s.before).toBe(true)
    expect(s.text.slice(s.ranges[0]![0], s.ranges[0]![1])).toBe('迴圈')
    expect(s.text).not.toContain('\n')
  })
})
