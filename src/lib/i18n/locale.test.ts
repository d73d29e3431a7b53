import { describe, expect, it } from 'vitest'
import { pickLocale } from './locale'

describe('pickLocale', () => {
  it('prefers the stored choice', () => {
    expect(pickLocale('en', 'zh-CN', 'zh-CN')).toBe('en')
    expect(pickLocale('zh', 'en', 'en-US')).toBe('zh')
  })
  it('then the site language, then the browser', () => {
    expect(pickLocale(null, 'zh-CN', 'en-US')).toBe('zh')
    expect(pickLocale(null, 'en', 'zh-TW')).toBe('en')
    expect(pickLocale(null, undefined, 'zh-HK')).toBe('zh')
    expect(pickLocale('garbage', undefined, 'fr-FR')).toBe('en')
  })
})
