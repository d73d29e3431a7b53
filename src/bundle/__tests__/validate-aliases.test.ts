import { describe, expect, it } from 'vitest'
import { testEntry } from '../../test/entry'
import { FORMAT_VERSION } from '../format'
import { BundleFormatError, validateAliasIndex, validateEntry } from '../validate'

const format = FORMAT_VERSION

describe('alias index validation', () => {
  it('accepts the files the builder writes', () => {
    const index = { format, shards: ['0718aa', '0719bb'] }
    expect(validateAliasIndex(index)).toBe(index)
    const entry = testEntry()
    expect(validateEntry(entry)).toBe(entry)
  })

  it.each([
    ['an alias index without shards', validateAliasIndex, { format, ids: {} }],
    ['an alias index with a shard that is no hash', validateAliasIndex, { format, shards: [1] }],
    ['another format', validateAliasIndex, { format: format + 1, shards: [] }],
    [
      'an entry with alias shards but no alias index (format 3)',
      validateEntry,
      { ...testEntry(), aliases: undefined, aliasShards: ['a'] },
    ],
  ])('rejects %s', (_, validate, value) => {
    expect(() => validate(value)).toThrow(BundleFormatError)
  })
})
