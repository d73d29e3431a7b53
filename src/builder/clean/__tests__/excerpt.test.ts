import { describe, expect, it } from 'vitest'
import { EXCERPT_WIDTH, makeExcerpt, JOINING } from '../excerpt'

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('makeExcerpt', () => {
  it('returns short text whole, with whitespace collapsed', () => {
    expect(makeExcerpt('　　第一段。\n\n第二段  结束')).toBe('第一段。 第二段 结束')
  })

  it('cuts Chinese text after a sentence and marks the cut', () => {
    const text =
      '图书馆今天起延长开放时间。'.repeat(5) +
      '新的自助设备也已经投入使用，读者可以自行借还图书。'.repeat(5)
    const excerpt = makeExcerpt(text, 60)
    expect(excerpt.endsWith('。…')).toBe(true)
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(61)
    expect(Array.from(excerpt).length).toBeGreaterThan(36)
  })

  it('cuts between CJK characters when there is no sentence end', () => {
    const excerpt = makeExcerpt('字'.repeat(300), 120)
    expect(excerpt).toBe(`${'字'.repeat(120)}…`)
  })

  it('fits two list lines: a Chinese character counts two columns, a Latin one one', () => {
    expect(makeExcerpt('字'.repeat(300), 120, EXCERPT_WIDTH)).toBe(`${'字'.repeat(85)}…`)
    const latin = makeExcerpt('word '.repeat(100), 120, 60)
    expect(latin).toBe(`${'word '.repeat(12).trim()}…`)
    // Mixed text is measured as it is set: 40 Chinese characters and 9 Latin ones are 89 columns.
    const mixed = makeExcerpt(`${'中'.repeat(40)} Promise ${'文'.repeat(40)}`, 120, 100)
    expect(mixed).toBe(`${'中'.repeat(40)} Promise ${'文'.repeat(5)}…`)
  })

  it('does not split an English word', () => {
    const text =
      'The quick brown fox jumps over the lazy dog and keeps running through the extraordinarily long meadow'
    const excerpt = makeExcerpt(text, 70)
    expect(excerpt).toMatch(/…$/)
    const words = excerpt.slice(0, -1).split(' ')
    for (const word of words) expect(text.split(' ')).toContain(word)
  })

  it('drops dangling punctuation before the ellipsis', () => {
    const excerpt = makeExcerpt('甲乙丙丁，'.repeat(40), 22)
    expect(excerpt).not.toMatch(/，…$/)
    expect(excerpt.endsWith('…')).toBe(true)
  })

  it('never splits a surrogate pair or an emoji sequence', () => {
    for (const unit of ['😀', '👨‍👩‍👧', '🇨🇳', 'e\u0301']) {
      for (const max of [1, 2, 7, 120]) {
        const excerpt = makeExcerpt(unit.repeat(200), max)
        expect(excerpt).not.toMatch(LONE_SURROGATE)
        expect(excerpt.slice(0, -1).split(unit).join('')).toBe('')
      }
    }
  })

  it('handles empty text', () => {
    expect(makeExcerpt('  \n ')).toBe('')
  })
})

describe('the segmenter-free path', () => {
  it('takes only code units that are graphemes of their own beside any of their kind', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    const joined: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      if (JOINING.test(ch)) continue
      // Beside itself, a Latin letter and a Hangul syllable: five graphemes, or it joins.
      const text = `a${ch}${ch}가${ch}`
      if ([...segmenter.segment(text)].length !== 5) joined.push(c.toString(16))
    }
    expect(joined).toEqual([])
  })
})
