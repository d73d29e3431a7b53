import { describe, expect, it } from 'vitest'
import { locateCategory } from '../category-refs'
import type { CategoryNode, CategoryTree } from '../format'
import { FORMAT_VERSION } from '../format'
import { BundleFormatError, validateCategoryRefShard, validateTree } from '../validate'

const format = FORMAT_VERSION
const node = (name: string, n: number, children: CategoryNode[] = []): CategoryNode => ({
  name,
  n,
  children,
})

// Depth first, parents first: a 0, a/b 1, a/b/c 2, a/d 3, e 4, e/f 5.
const tree: CategoryTree = {
  format,
  roots: [node('a', 6, [node('b', 4, [node('c', 1)]), node('d', 2)]), node('e', 3, [node('f', 3)])],
  refShards: ['s0', 's1', 's2'],
  refsPerShard: 2,
}

describe('locateCategory', () => {
  it.each([
    [['a'], 's0', 0],
    [['a', 'b'], 's0', 1],
    [['a', 'b', 'c'], 's1', 0],
    [['a', 'd'], 's1', 1],
    [['e'], 's2', 0],
    [['e', 'f'], 's2', 1],
  ])('finds %j in shard %s at %i, counting nodes depth first', (path, shard, index) => {
    const at = locateCategory(tree, path)
    expect(at).toMatchObject({ shard, index })
    expect(at?.node.name).toBe(path.at(-1))
  })

  it('finds nothing for an unknown path, or no path', () => {
    expect(locateCategory(tree, ['a', 'x'])).toBeNull()
    expect(locateCategory(tree, ['x'])).toBeNull()
    expect(locateCategory(tree, ['b'])).toBeNull()
    expect(locateCategory(tree, [])).toBeNull()
  })

  it('names no shard where a damaged tree lists too few', () => {
    const short = { ...tree, refShards: ['s0'] }
    expect(locateCategory(short, ['e'])).toMatchObject({ shard: undefined, index: 0 })
  })
})

describe('tree file validation', () => {
  it('accepts the files the builder writes', () => {
    expect(validateTree(tree)).toBe(tree)
    const shard = {
      format,
      lists: [
        { h: 'c86599f7e8f8', n: 6 },
        { h: 'a1', n: 4 },
      ],
    }
    expect(validateCategoryRefShard(shard)).toBe(shard)
  })

  it.each([
    ['a format 3 tree, with lists in its nodes', validateTree, { format: 3, roots: [] }],
    ['a tree without shards', validateTree, { format, roots: [], refsPerShard: 2 }],
    ['a tree whose shards are not hashes', validateTree, { ...tree, refShards: [1] }],
    ['a tree without a shard size', validateTree, { format, roots: [], refShards: [] }],
    ['a tree whose shard size is 0', validateTree, { ...tree, refsPerShard: 0 }],
    ['a shard without lists', validateCategoryRefShard, { format, refs: [] }],
    ['a shard whose list has no hash', validateCategoryRefShard, { format, lists: [{ n: 1 }] }],
    ['a shard whose list has no count', validateCategoryRefShard, { format, lists: [{ h: 'a' }] }],
  ])('rejects %s', (_, validate, value) => {
    expect(() => validate(value)).toThrow(BundleFormatError)
  })
})
