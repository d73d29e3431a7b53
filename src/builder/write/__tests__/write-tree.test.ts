import { describe, expect, it } from 'vitest'
import { locateCategory } from '../../../bundle/category-refs'
import type { ArticleSummary, CategoryRefShard, CategoryTree } from '../../../bundle/format'
import { bundlePaths } from '../../../bundle/paths'
import { buildIndexes, sortSummaries } from '../build-indexes'
import { REFS_PER_SHARD, writeTree } from '../write-tree'

// 7 groups × 25 sources, 3 levels deep in places: more nodes than three shards hold.
const summaries = sortSummaries(
  Array.from({ length: 400 }, (_, i): ArticleSummary => {
    const path = [`g${i % 7}`, `s${i % 25}`]
    if (i % 3 === 0) path.push(`t${i % 4}`)
    return {
      id: `a${i}`,
      f: `f${i}`,
      title: `${i}`,
      date: new Date(Date.UTC(2022, 0, 1) + i * 3600_000).toISOString(),
      categories: [path],
      excerpt: '',
    }
  }),
)

/** Writes into a map instead of a folder, named as the bundle names them. */
async function writeInMemory() {
  const indexes = buildIndexes(summaries, 'UTC')
  const files = new Map<string, unknown>()
  let next = 0
  const treeHash = await writeTree(indexes.roots, indexes.categoryLists, async (path, value) => {
    const h = `h${next++}`
    files.set(path(h), value)
    return h
  })
  return { indexes, files, tree: files.get(bundlePaths.tree(treeHash)) as CategoryTree }
}

describe('writeTree', () => {
  it('shards the lists in node order, and the tree names the shards', async () => {
    const { indexes, files, tree } = await writeInMemory()
    expect(indexes.categoryLists.length).toBeGreaterThan(3 * REFS_PER_SHARD)
    expect(tree.refsPerShard).toBe(REFS_PER_SHARD)
    expect(tree.refShards).toHaveLength(Math.ceil(indexes.categoryLists.length / REFS_PER_SHARD))
    const shards = tree.refShards.map(
      (h) => files.get(bundlePaths.categoryRefs(h)) as CategoryRefShard,
    )
    for (const shard of shards) expect(shard.lists.length).toBeLessThanOrEqual(REFS_PER_SHARD)
    expect(shards.flatMap((s) => s.lists)).toEqual(indexes.categoryLists)
    expect(JSON.stringify(tree.roots)).not.toContain('"h"')
  })

  it('puts each node’s list where locateCategory looks for it', async () => {
    const { indexes, files, tree } = await writeInMemory()
    const stored = new Map(indexes.stored.map((s) => [s.h, s.items]))
    let nodes = 0
    const visit = (path: string[]) => {
      const at = locateCategory(tree, path)
      const shard = files.get(bundlePaths.categoryRefs(at?.shard ?? '')) as CategoryRefShard
      const list = shard.lists[at?.index ?? -1]
      const under = (s: ArticleSummary) =>
        s.categories.some((c) => path.every((name, i) => c[i] === name))
      expect(stored.get(list?.h ?? '')).toEqual(summaries.filter(under))
      expect(at?.node.n).toBe(list?.n)
      nodes++
      for (const child of at?.node.children ?? []) visit([...path, child.name])
    }
    for (const root of tree.roots) visit([root.name])
    expect(nodes).toBe(indexes.categoryLists.length)
  })
})
