import { describe, expect, it } from 'vitest'
import { formatArticleDate } from './format-article-date'
import { articleLang, looksCjk, readingMinutes } from './reading'

describe('readingMinutes', () => {
  it('reads Chinese at about 400 characters a minute', () => {
    expect(readingMinutes(1200, true)).toBe(3)
    expect(readingMinutes(1000, true)).toBe(3)
  })
  it('reads Latin text at about 220 words (of five characters) a minute', () => {
    expect(readingMinutes(5500, false)).toBe(5)
  })
  it('never says zero minutes', () => {
    expect(readingMinutes(0, true)).toBe(1)
    expect(readingMinutes(-5, false)).toBe(1)
  })
})

describe('formatArticleDate', () => {
  const iso = '2022-01-06T00:01:41.000Z'
  it('shows the time in the site zone with the offset, in Chinese', () => {
    expect(formatArticleDate(iso, 'Asia/Shanghai', 'zh')).toBe('2022年1月6日 08:01 GMT+8')
  })
  it('and in English, crossing the date line when the zone says so', () => {
    expect(formatArticleDate(iso, 'Asia/Shanghai', 'en')).toBe('6 Jan 2022, 08:01 GMT+8')
    expect(formatArticleDate(iso, 'America/New_York', 'en')).toBe('5 Jan 2022, 19:01 GMT-5')
  })
  it('falls back to UTC for an unknown zone, and to nothing for an invalid date', () => {
    expect(formatArticleDate(iso, 'Not/AZone', 'en')).toBe('6 Jan 2022, 00:01 UTC')
    expect(formatArticleDate('Invalid Date', 'UTC', 'zh')).toBe('')
  })
  it('shows the day alone when asked (a date read from a URL path)', () => {
    const midnight = '2021-12-17T16:00:00.000Z'
    expect(formatArticleDate(midnight, 'Asia/Shanghai', 'zh', true)).toBe('2021年12月18日')
    expect(formatArticleDate(midnight, 'Asia/Shanghai', 'en', true)).toBe('18 Dec 2021')
  })
})

describe('article language', () => {
  it('detects CJK titles', () => {
    expect(looksCjk('深圳新任市管干部廉政谈话全覆盖')).toBe(true)
    expect(looksCjk('iPhone 14 发布会前瞻')).toBe(true)
    expect(looksCjk('Frontend weekly #12')).toBe(false)
  })
  it('keeps the site language unless the title disagrees', () => {
    expect(articleLang('zh-CN', '深圳新闻')).toBe('zh-CN')
    expect(articleLang('zh-CN', 'Frontend weekly')).toBe('en')
    expect(articleLang('en', '深圳新闻')).toBe('zh')
    expect(articleLang('en', 'Markets')).toBe('en')
  })
})
