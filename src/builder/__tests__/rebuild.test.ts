import { cp, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildBundle } from '../pipeline/build-bundle'
import { createBuildCache, loadBuildCache, saveBuildCache } from '../pipeline/build-cache'
import { resolveConfig } from '../config'
import type { Article } from '../../bundle/format'
import { readBundleJson } from '../write/bundle-file'
import { readManifest } from '../write/write-files'

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-rebuild-'))
  await cp('content/source/_posts', join(root, 'posts'), { recursive: true })
})
afterAll(async () => rm(root, { recursive: true, force: true }))

const configFor = (out: string) =>
  resolveConfig({ posts: join(root, 'posts'), out: join(root, out), workers: 0 })

/** Every file the manifest lists, with its bytes: what a reader of the bundle can see. */
async function snapshot(out: string) {
  const dir = join(root, out)
  const names = (await readManifest(dir)).sort()
  const files = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')))
  const entry = await readFile(join(dir, 'entry.json'), 'utf8')
  return { names, files, entry }
}

async function editPost(name: string, text: string) {
  const path = join(root, 'posts', name)
  await writeFile(path, `${await readFile(path, 'utf8')}\n\n${text}\n`)
  // A second edit within the clock's resolution must still be seen.
  const later = new Date(Date.now() + 5000)
  await utimes(path, later, later)
}

describe('an incremental rebuild', () => {
  it('writes nothing when nothing changed, and after an edit gives the bytes of a cold build', async () => {
    const cache = createBuildCache()
    const config = configFor('dev')
    const first = await buildBundle(config, { cache })
    expect(first.written).toBeGreaterThan(3)

    const unchanged = await buildBundle(config, { cache })
    expect(unchanged.written).toBe(0)
    expect(unchanged.entry.buildId).toBe(first.entry.buildId)

    const posts = first.report.entries.map((e) => e.path)
    const { tags } = await readBundleJson<Article>(
      join(root, 'dev', first.report.entries[3]!.file!),
    )
    await editPost(posts[3] as string, 'One more paragraph, added by the test.')
    const edited = await buildBundle(config, { cache })
    expect(edited.entry.buildId).not.toBe(first.entry.buildId)
    // The article, a page of each list holding it, the tree and the ref shard naming its
    // categories' lists (the sample's few categories share one), the calendar, an id shard, and
    // with tags a page of each tag's list and a tag shard: the other pages of those lists keep
    // their bytes under the new list name, as hard links.
    expect(edited.written).toBeGreaterThan(0)
    expect(edited.written).toBeLessThanOrEqual(13 + (tags.length > 0 ? tags.length + 1 : 0))
    expect(edited.linked).toBeGreaterThan(0)

    await buildBundle(configFor('cold'))
    expect(await snapshot('dev')).toEqual(await snapshot('cold'))
  })

  it('sees a deleted post, and a cache saved to disk works like the one in memory', async () => {
    const config = configFor('cli')
    const cache = await loadBuildCache(config.out)
    expect(cache.posts.size).toBe(0)
    const first = await buildBundle(config, { cache })
    await saveBuildCache(config.out, cache)

    const loaded = await loadBuildCache(config.out)
    expect(loaded.posts.size).toBe(first.report.entries.length)
    const again = await buildBundle(config, { cache: loaded })
    expect(again.written).toBe(0)
    expect(again.entry.buildId).toBe(first.entry.buildId)

    const gone = first.report.entries[0]?.path as string
    await rm(join(root, 'posts', gone))
    const after = await buildBundle(config, { cache: loaded })
    expect(after.entry.counts.articles).toBe(first.entry.counts.articles - 1)
    expect(loaded.posts.has(gone)).toBe(false)
    await buildBundle(configFor('cold-2'))
    expect(await snapshot('cli')).toEqual(await snapshot('cold-2'))
  })
})
