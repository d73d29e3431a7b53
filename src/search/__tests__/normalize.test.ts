import { describe, expect, it } from 'vitest'
import { normalize } from '../normalize'
import { lookupsOf, packTerms, termsOf } from '../tokens'
import { articleText } from '../article-text'

describe('normalize', () => {
  it('folds width, case and Traditional characters, and collapses white space', () => {
    expect(normalize('ＡＩ 芯片')).toBe('ai 芯片')
    expect(normalize('迴圈')).toBe('回圈')
    expect(normalize('臺灣  裡面\n\t說')).toBe('台湾 里面 说')
    expect(normalize('Python')).toBe('python')
    expect(normalize('什么 著名')).toBe('什么 著名')
    expect(normalize('ｶﾀｶﾅ')).toBe('カタカナ')
    expect(normalize('cafe\u0301')).toBe('café')
    expect(normalize('𠀀𫇭')).toBe('𠀀𫇭')
    expect(normalize('\u3000全角\u3000空格')).toBe(' 全角 空格')
  })

  it('gives each output unit the index of its source character', () => {
    const offsets: number[] = []
    const text = 'Ａ  b，迴'
    const out = normalize(text, offsets)
    expect(out).toBe('a b,回')
    expect(offsets).toEqual([0, 1, 3, 4, 5, 6])
  })

  it('is idempotent', () => {
    for (const s of ['ＡＩ 迴圈 Straße', 'İstanbul ǅ', '①②③ ㈱ ﬁ'])
      expect(normalize(normalize(s))).toBe(normalize(s))
  })
})

describe('terms', () => {
  it('indexes CJK characters and pairs, and words', () => {
    expect([...termsOf(normalize('AI芯片，python3 AI'))].sort()).toEqual(
      ['ai', '片', '芯', '芯片', 'python3'].sort(),
    )
    expect(packTerms('芯片芯 𠀀')).toBe('片芯\n片芯芯片\uD840\uDC00\n')
  })

  it('looks a query up by every overlapping pair, words and prefixes', () => {
    expect(lookupsOf('回圈')).toEqual([{ key: '回圈', prefix: false }])
    expect(lookupsOf('储能项目')).toEqual([
      { key: '储能', prefix: false },
      { key: '能项', prefix: false },
      { key: '项目', prefix: false },
    ])
    expect(lookupsOf('储能项')).toEqual([
      { key: '储能', prefix: false },
      { key: '能项', prefix: false },
    ])
    expect(lookupsOf('芯')).toEqual([{ key: '芯', prefix: false }])
    expect(lookupsOf('pyth')).toEqual([{ key: 'pyth', prefix: true }])
    expect(lookupsOf('ai芯片')).toEqual([
      { key: 'ai', prefix: false },
      { key: '芯片', prefix: false },
    ])
    expect(lookupsOf('p')).toEqual([{ key: 'p', prefix: false }])
  })
})

describe('articleText', () => {
  it('drops tags, decodes entities and breaks lines between blocks', () => {
    expect(
      articleText(
        '<p>A &amp; B <a href="x&gt;y">链接</a></p><p>第二<strong>段</strong>&#x4e00;</p>',
      ),
    ).toBe('\nA & B 链接\n\n第二段一\n')
  })
})
