import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Article } from '../../bundle/format'
import { buildBundle } from '../pipeline/build-bundle'
import { createBuildCache } from '../pipeline/build-cache'
import { resolveConfig } from '../config'
import { readBundleJson } from '../write/bundle-file'
import { commitAll, initRepo } from './git-repo'

const temps: string[] = []
afterAll(async () => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))))

describe('an incremental rebuild of an undated post', () => {
  it('dates it again when git learns of it, though its bytes and mtime did not change', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'broadsheet-redate-'))
    temps.push(repo)
    const posts = join(repo, 'posts')
    await mkdir(posts)
    initRepo(repo)
    await writeFile(join(posts, 'keep.md'), '---\ntitle: Kept\ndate: 2020-01-01\n---\nx\n')
    commitAll(repo, '2020-01-02T00:00:00Z', 'a dated post')
    const thumb = 'thumbnail: https://img.example.com/2019/08/07/a.png'
    await writeFile(join(posts, 'undated.md'), `---\ntitle: Undated\n${thumb}\n---\nBody.\n`)

    const cache = createBuildCache()
    const config = resolveConfig({ posts, out: join(repo, 'out'), timezone: 'UTC', workers: 0 })
    const dateOf = async (result: Awaited<ReturnType<typeof buildBundle>>) => {
      const entry = result.report.entries.find((e) => e.path === 'undated.md')
      const article = await readBundleJson<Article>(join(config.out, entry?.file ?? 'missing'))
      return [article.date, article.dateEstimated, entry?.dateEstimated]
    }

    const first = await buildBundle(config, { cache })
    expect(await dateOf(first)).toEqual(['2019-08-07T00:00:00.000Z', 'url', 'url'])
    const unchanged = await buildBundle(config, { cache })
    expect(unchanged.written).toBe(0)

    // Committed before its URL day: the commit is the nearer bound, so it wins.
    commitAll(repo, '2019-05-06T07:08:09Z', 'the undated post')
    const committed = await buildBundle(config, { cache })
    expect(committed.written).toBeGreaterThan(0)
    expect(await dateOf(committed)).toEqual(['2019-05-06T07:08:09.000Z', 'git', 'git'])
  })
})
