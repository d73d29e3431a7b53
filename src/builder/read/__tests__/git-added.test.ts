import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Article, ReportEntry } from '../../../bundle/format'
import { buildBundle } from '../../pipeline/build-bundle'
import { resolveConfig } from '../../config'
import { readBundleJson } from '../../write/bundle-file'
import { commitAll, initRepo } from '../../__tests__/git-repo'
import { addedDates, createAddedParser, readAddedDates } from '../git-added'

const temps: string[] = []
afterAll(async () => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))))

const undated = (title: string, extra = '') =>
  `---\ntitle: ${title}\ndate: Invalid Date\n${extra}---\n\n<p>Body.</p>\n`

describe('createAddedParser', () => {
  it('reads added and renamed paths, whatever the chunk boundaries', () => {
    const log =
      '\u00011700000300\u0000\nR100\u0000old name.md\u0000新 名.md\u0000' +
      '\u00011700000200\u0000\nA\u0000b.md\u0000' +
      '\u00011700000100 \u0000\nA\u0000old name.md\u0000A\u0000b.md\u0000' +
      // A shallow clone's cut-off commit: its additions are the clone's, not the posts'.
      '\u00011700000050 grafted\u0000\nA\u0000c.md\u0000'
    for (const size of [1, 3, 7, log.length]) {
      const parser = createAddedParser()
      for (let i = 0; i < log.length; i += size) parser.push(log.slice(i, i + size))
      expect(Object.fromEntries(parser.end())).toEqual({
        '新 名.md': 1_700_000_100_000,
        // Added, removed and added again: the first time counts.
        'b.md': 1_700_000_100_000,
      })
    }
  })
})

describe('dates from git', () => {
  it('dates an undated post by the commit that added it, in one build, and says so', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'broadsheet-git-'))
    temps.push(repo)
    const posts = join(repo, 'source/_posts')
    await mkdir(join(posts, '新闻 稿'), { recursive: true })
    initRepo(repo)
    await writeFile(join(posts, '新闻 稿/无日期 的文章.md'), undated('无日期'))
    await writeFile(join(posts, 'moved.md'), undated('Moved'))
    commitAll(repo, '2021-03-04T05:06:07Z', 'first posts')
    await rename(join(posts, 'moved.md'), join(posts, '新闻 稿/moved here.md'))
    await writeFile(join(posts, 'dated.md'), '---\ntitle: Dated\ndate: 2020-01-01\n---\nx\n')
    commitAll(repo, '2022-01-01T00:00:00Z', 'move one, add a dated one')
    // Untracked: no commit, so the URL in its thumbnail dates it.
    const thumb = 'thumbnail: https://img.example.com/2019/08/07/a.png\n'
    await writeFile(join(posts, 'untracked.md'), undated('Untracked', thumb))

    const dates = await readAddedDates(posts)
    expect(dates.get('新闻 稿/无日期 的文章.md')).toBe(Date.parse('2021-03-04T05:06:07Z'))
    expect(dates.get('新闻 稿/moved here.md')).toBe(Date.parse('2021-03-04T05:06:07Z'))
    expect(dates.has('untracked.md')).toBe(false)

    const out = join(repo, 'out')
    const result = await buildBundle(resolveConfig({ posts, out, timezone: 'UTC', workers: 0 }))
    const byPath = new Map(result.report.entries.map((e): [string, ReportEntry] => [e.path, e]))
    const article = (path: string) =>
      readBundleJson<Article>(join(out, byPath.get(path)?.file ?? 'missing'))

    expect(byPath.get('新闻 稿/无日期 的文章.md')?.dateEstimated).toBe('git')
    expect(byPath.get('新闻 稿/无日期 的文章.md')?.warnings?.join()).toMatch(/git commit/)
    const first = await article('新闻 稿/无日期 的文章.md')
    expect(first.date).toBe('2021-03-04T05:06:07.000Z')
    expect(first.dateEstimated).toBe('git')
    expect((await article('新闻 稿/moved here.md')).date).toBe('2021-03-04T05:06:07.000Z')
    expect(byPath.get('untracked.md')?.dateEstimated).toBe('url')
    expect((await article('untracked.md')).date).toBe('2019-08-07T00:00:00.000Z')
    expect(byPath.get('dated.md')?.dateEstimated).toBeUndefined()

    // A shallow clone knows only its last commit: it dates nothing.
    const clone = join(repo, 'clone')
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone])
    expect((await readAddedDates(join(clone, 'source/_posts'))).size).toBe(0)
  })

  it('answers null outside a repository, and nothing when git cannot run', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'broadsheet-plain-'))
    temps.push(plain)
    const dates = addedDates(plain)
    expect(dates.known('a.md')).toBeNull()
    expect(await dates.lookup('a.md')).toBeNull()

    const path = process.env.PATH
    process.env.PATH = plain
    try {
      expect((await readAddedDates(process.cwd())).size).toBe(0)
    } finally {
      process.env.PATH = path
    }
  })
})
