import { describe, expect, it } from 'vitest'
import { FORMAT_VERSION } from '../format'
import { BundleFormatError, validateTagIndex, validateTagShard } from '../validate'

const format = FORMAT_VERSION

describe('tag file validation', () => {
  it('accepts the files the builder writes', () => {
    const index = {
      format,
      tags: [
        ['编辑精选', 22],
        ['static-sites', 2, '静态网站'],
        ['RSS', 1],
      ],
    }
    expect(validateTagIndex(index)).toBe(index)
    const shard = {
      format,
      lists: {
        RSS: { h: 'c86599f7e8f8', n: 1 },
        'static-sites': { h: 'a1', n: 2, name: '静态网站' },
      },
    }
    expect(validateTagShard(shard)).toBe(shard)
  })

  it.each([
    ['an index without tags', validateTagIndex, { format }],
    ['an index entry without a count', validateTagIndex, { format, tags: [['RSS']] }],
    ['an index entry as an object', validateTagIndex, { format, tags: [{ RSS: 1 }] }],
    ['an index entry whose name is not text', validateTagIndex, { format, tags: [['rss', 1, 2]] }],
    ['a shard without lists', validateTagShard, { format, tags: {} }],
    ['a shard whose list has no hash', validateTagShard, { format, lists: { RSS: { n: 1 } } }],
    [
      'a shard whose name is not text',
      validateTagShard,
      { format, lists: { rss: { h: 'a1', n: 1, name: [] } } },
    ],
    ['another format', validateTagIndex, { format: format + 1, tags: [] }],
  ])('rejects %s', (_, validate, value) => {
    expect(() => validate(value)).toThrow(BundleFormatError)
  })
})
