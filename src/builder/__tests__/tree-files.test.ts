import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateCategory } from '../../bundle/category-refs'
import type {
  CategoryNode,
  CategoryRefShard,
  CategoryTree,
  Entry,
  ListPage,
} from '../../bundle/format'
import { bundlePaths, pageCount } from '../../bundle/paths'
import { resolveConfig } from '../config'
import { buildBundle } from '../pipeline/build-bundle'
import { decodeBundleFile, readBundleJson } from '../write/bundle-file'

let out: string
let entry: Entry
let tree: CategoryTree
const read = <T>(file: string) => readBundleJson<T>(join(out, file))

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'broadsheet-tree-'))
  await buildBundle(resolveConfig({ posts: 'content', out, timezone: 'Asia/Shanghai', workers: 0 }))
  entry = await read<Entry>(bundlePaths.entry)
  tree = await read<CategoryTree>(bundlePaths.tree(entry.tree))
})
afterAll(() => rm(out, { recursive: true, force: true }))

/** Every node with its path, depth first. */
function* walk(nodes: CategoryNode[], prefix: string[] = []): Generator<[string[], CategoryNode]> {
  for (const node of nodes) {
    const path = [...prefix, node.name]
    yield [path, node]
    yield* walk(node.children, path)
  }
}

const shardsOf = (t: CategoryTree) =>
  Promise.all(t.refShards.map((h) => read<CategoryRefShard>(bundlePaths.categoryRefs(h))))

describe('the category tree file', () => {
  it('holds names, counts and children, and no list hash', async () => {
    const text = decodeBundleFile(await readFile(join(out, bundlePaths.tree(entry.tree))))
    const lists = (await shardsOf(tree)).flatMap((s) => s.lists)
    expect(lists.length).toBe([...walk(tree.roots)].length)
    for (const { h } of [...lists, entry.latest]) expect(text).not.toContain(h)
    // The only hashes left are the shards' names.
    const { refShards, ...rest } = tree
    expect(JSON.stringify(rest)).not.toMatch(/[0-9a-f]{12}/)
    expect(refShards.length).toBeGreaterThan(0)
    for (const [, node] of walk(tree.roots))
      expect(Object.keys(node).sort()).toEqual(['children', 'n', 'name'])
  })

  it('finds each node’s own list in the shard the tree names for it', async () => {
    const latest: ListPage['items'] = []
    for (let p = 1; p <= pageCount(entry.latest, entry.pageSize); p++)
      latest.push(...(await read<ListPage>(bundlePaths.listPage(entry.latest, p))).items)
    const checked: string[] = []
    for (const [path, node] of walk(tree.roots)) {
      const at = locateCategory(tree, path)
      expect(at?.node).toBe(node)
      const shard = await read<CategoryRefShard>(bundlePaths.categoryRefs(at?.shard ?? ''))
      const list = shard.lists[at?.index ?? -1]
      expect(list?.n).toBe(node.n)
      const items = []
      for (let p = 1; list && p <= pageCount(list, entry.pageSize); p++)
        items.push(...(await read<ListPage>(bundlePaths.listPage(list, p))).items)
      const under = (c: string[]) => path.every((name, i) => c[i] === name)
      const expected = latest.filter((item) => item.categories.some(under)).map((i) => i.id)
      expect(items.map((i) => i.id)).toEqual(expected)
      checked.push(path.join('/'))
    }
    expect(checked.length).toBeGreaterThan(5)
  })
})
