import { describe, expect, it } from 'vitest'
import { FORMAT_VERSION } from '../format'
import { BundleFormatError, validateArticle, validateListPage } from '../validate'

const article = { format: FORMAT_VERSION, id: 'a', title: 'T', html: '<p>x</p>' }
const item = { id: 'a', f: 'h', title: 'T', date: '2021-12-18T00:00:00.000Z', excerpt: '' }
const page = (items: unknown[]) => ({ format: FORMAT_VERSION, page: 1, pages: 1, total: 1, items })

describe('estimated dates in the bundle', () => {
  it('accepts an article naming its evidence, including evidence a later builder may add', () => {
    expect(validateArticle({ ...article, dateEstimated: 'url' }).dateEstimated).toBe('url')
    expect(validateArticle({ ...article, dateEstimated: 'exif' }).dateEstimated).toBe('exif')
    expect(() => validateArticle({ ...article, dateEstimated: true })).toThrow(BundleFormatError)
  })

  it('accepts list entries flagged true or not at all', () => {
    expect(validateListPage(page([item, { ...item, dateEstimated: true }])).items).toHaveLength(2)
    expect(() => validateListPage(page([{ ...item, dateEstimated: 'url' }]))).toThrow(
      BundleFormatError,
    )
    expect(() => validateListPage(page([null]))).toThrow(BundleFormatError)
  })
})
