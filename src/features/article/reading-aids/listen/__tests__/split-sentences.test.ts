import { describe, expect, it } from 'vitest'
import { splitSentences } from '../split-sentences'

const split = (text: string, lang: string) =>
  splitSentences(text, lang).map(({ start, end }) => text.slice(start, end))

describe('splitSentences', () => {
  it('ends Chinese sentences at 。！？, with their closing quotes', () => {
    expect(
      split('　　记者近日了解到，吞吐量创新高。“今年来得更早！”负责人说。真的吗？是的', 'zh-CN'),
    ).toEqual([
      '记者近日了解到，吞吐量创新高。',
      '“今年来得更早！”',
      '负责人说。',
      '真的吗？',
      '是的',
    ])
  })

  it('ends English sentences at . ! ? and keeps common abbreviations inside', () => {
    expect(
      split('Feeds are back. Why now? Ask Mr. Smith of the U.S. Office! He knows.', 'en'),
    ).toEqual(['Feeds are back.', 'Why now?', 'Ask Mr. Smith of the U.S. Office!', 'He knows.'])
  })

  it('reads mixed text, and decimals and versions stay whole', () => {
    expect(split('Vite 8 发布了。It is 2.5 times faster. 值得一试！', 'zh')).toEqual([
      'Vite 8 发布了。',
      'It is 2.5 times faster.',
      '值得一试！',
    ])
  })

  it('ignores line breaks in the source, and drops pieces with nothing to say', () => {
    expect(split('One line\nwrapped here. Two.', 'en')).toEqual(['One line\nwrapped here.', 'Two.'])
    expect(split('好。……！', 'zh')).toEqual(['好。'])
  })

  it('cuts a very long sentence at its clause marks', () => {
    const clause = '这是一个相当长的分句用来测试切分'.repeat(4) // 64 characters
    const long = `${clause}，${clause}，${clause}，${clause}。`
    const parts = split(long, 'zh')
    expect(parts.length).toBeGreaterThan(1)
    expect(parts.every((p) => p.length <= 200)).toBe(true)
    expect(parts.join('')).toBe(long)
  })
})
