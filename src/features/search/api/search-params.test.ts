import { describe, expect, it } from 'vitest'
import { encodeCategoryParam } from '../../../lib/core/paths'
import { decodeCategoryParam, parseSearchParams } from './search-params'

describe('search parameters', () => {
  it('parses search parameters, dropping what is malformed', () => {
    expect(
      parseSearchParams(
        '?q=+%E8%8A%AF%E7%89%87+&category=%E9%87%91%E8%9E%8D&sort=relevance&page=3',
      ),
    ).toEqual({
      q: '芯片',
      category: ['金融'],
      sort: 'relevance',
      page: 3,
    })
    expect(parseSearchParams('?from=2022-13&to=2021&sort=x&page=abc')).toEqual({ page: 1 })
    expect(parseSearchParams('?from=2022-03&to=2021-12')).toEqual({
      from: '2021-12',
      to: '2022-03',
      page: 1,
    })
  })
  it('round-trips a category path through one parameter, even with / and % in names', () => {
    for (const path of [
      ['金融', '新浪财经'],
      ['a/b', '50%', '%2F'],
    ])
      expect(decodeCategoryParam(encodeCategoryParam(path))).toEqual(path)
  })
})
