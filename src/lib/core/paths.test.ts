import { describe, expect, it } from 'vitest'
import {
  appPathname,
  paths,
  parseArchiveParams,
  parseCategoryPathname,
  parsePage,
  parseTagPathname,
} from './paths'

describe('paths', () => {
  it('builds search hrefs with the defaults left out', () => {
    expect(paths.search()).toBe('/search')
    expect(paths.search({ q: 'AI 芯片', sort: 'newest', page: 1 })).toBe(
      '/search?q=AI+%E8%8A%AF%E7%89%87',
    )
    expect(
      paths.search({
        category: ['a/b', 'c'],
        from: '2021-02',
        to: '2022-01',
        sort: 'relevance',
        page: 2,
      }),
    ).toBe('/search?category=a%252Fb%2Fc&from=2021-02&to=2022-01&sort=relevance&page=2')
  })
  it('builds category hrefs with each segment encoded', () => {
    expect(paths.category(['金融', '新浪财经'])).toBe(
      '/category/%E9%87%91%E8%9E%8D/%E6%96%B0%E6%B5%AA%E8%B4%A2%E7%BB%8F',
    )
    expect(paths.category(['a/b', 'c'], 2)).toBe('/category/a%2Fb/c?page=2')
  })
  it('builds tag hrefs as one encoded segment and parses them back', () => {
    expect(paths.tags()).toBe('/tags')
    expect(paths.tag('阅读 工具')).toBe('/tag/%E9%98%85%E8%AF%BB%20%E5%B7%A5%E5%85%B7')
    expect(paths.tag('a/b', 2)).toBe('/tag/a%2Fb?page=2')
    expect(parseTagPathname(paths.tag('阅读 工具'))).toBe('阅读 工具')
    expect(parseTagPathname('/tag/a%2Fb')).toBe('a/b')
    expect(parseTagPathname('/tag/Cafe%CC%81')).toBe('Caf\u00e9')
    for (const bad of ['/tag/', '/tag', '/tag/a/b', '/tag/%E0%A4%A', '/tags']) {
      expect(parseTagPathname(bad)).toBeNull()
    }
  })
  it('builds archive hrefs with two-digit months and days, and no ?page=1', () => {
    expect(paths.archive()).toBe('/archive')
    expect(paths.archive(2022)).toBe('/archive/2022')
    expect(paths.archive(2022, 1, 6)).toBe('/archive/2022/01/06')
    expect(paths.archive(2022, 1, undefined, 3)).toBe('/archive/2022/01?page=3')
    expect(paths.home(1)).toBe('/')
    expect(paths.home(2)).toBe('/?page=2')
  })
  it('carries the list context in ?from=', () => {
    const href = paths.article('a 1', 'category:金融/新浪财经')
    const url = new URL(href, 'http://x')
    expect(url.pathname).toBe('/article/a%201')
    expect(url.searchParams.get('from')).toBe('category:金融/新浪财经')
  })
  it('parses page numbers strictly', () => {
    expect(parsePage('')).toBe(1)
    expect(parsePage('?page=2')).toBe(2)
    expect(parsePage('?page=abc')).toBeNull()
    expect(parsePage('?page=0')).toBeNull()
    expect(parsePage('?page=-1')).toBeNull()
    expect(parsePage('?page=2.5')).toBeNull()
  })
  it('round-trips category paths and rejects malformed ones', () => {
    const path = ['金融', 'a/b', '100%']
    expect(parseCategoryPathname(paths.category(path))).toEqual(path)
    expect(parseCategoryPathname('/category/%E0%A4%A')).toBeNull()
    expect(parseCategoryPathname('/category/')).toBeNull()
    expect(parseCategoryPathname('/archive')).toBeNull()
  })
  it('accepts only real dates', () => {
    expect(parseArchiveParams({ year: '2022', month: '01', day: '06' })).toEqual({
      year: 2022,
      month: 1,
      day: 6,
    })
    expect(parseArchiveParams({ year: '2022', month: '02', day: '30' })).toBeNull()
    expect(parseArchiveParams({ year: '2024', month: '02', day: '29' })).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    })
    expect(parseArchiveParams({ year: '2022', month: '13' })).toBeNull()
    expect(parseArchiveParams({ year: '22' })).toBeNull()
    expect(parseArchiveParams({ year: 'abcd' })).toBeNull()
  })
  it('strips nothing when the base is /', () => {
    expect(appPathname('http://x/category/a')).toBe('/category/a')
  })
})
