import { describe, expect, it } from 'vitest'
import { languageTag } from '../language-tag'

describe('languageTag', () => {
  it('keeps a BCP 47 tag and mends Hexo’s underscore', () => {
    expect(languageTag('zh-CN')).toBe('zh-CN')
    expect(languageTag('en')).toBe('en')
    expect(languageTag('zh-Hans-CN')).toBe('zh-Hans-CN')
    expect(languageTag(' zh_TW ')).toBe('zh-TW')
  })

  it('gives nothing for what is no tag', () => {
    for (const bad of ['', 'Chinese', 'zh CN', 'en-', '"><script>', 'x'])
      expect(languageTag(bad)).toBeUndefined()
  })
})
