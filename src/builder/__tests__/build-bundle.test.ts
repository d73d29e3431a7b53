import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { calendarWindows } from '../../bundle/calendar-windows'
import type {
  AliasIndex,
  AliasShard,
  Article,
  Calendar,
  CategoryTree,
  Entry,
  IdShard,
  ListPage,
  TagIndex,
  TagShard,
} from '../../bundle/format'
import { bundlePaths, shardOf } from '../../bundle/paths'
import { buildBundle } from '../pipeline/build-bundle'
import { resolveConfig } from '../config'
import { readBundleJson } from '../write/bundle-file'

const shared = resolve(process.cwd(), '../shared')
const temps: string[] = []
afterAll(async () => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))))

async function build(posts: string, timezone = 'UTC', workers = 0) {
  const out = await mkdtemp(join(tmpdir(), 'broadsheet-test-'))
  temps.push(out)
  const result = await buildBundle(resolveConfig({ posts, out, timezone, workers }))
  const read = async <T>(file: string): Promise<T> => readBundleJson<T>(join(out, file))
  const entry = await read<Entry>(bundlePaths.entry)
  const articleById = async (id: string) => {
    const shard = await read<IdShard>(
      bundlePaths.idShard(entry.idShards[shardOf(id, entry.idShards.length)] ?? ''),
    )
    return read<Article>(bundlePaths.article(shard.files[id] ?? 'missing'))
  }
  return { out, result, entry, read, articleById }
}

describe('the sample content', () => {
  it('builds every post with worker threads and writes a consistent bundle', async () => {
    const { result, entry, read, articleById } = await build('content', 'Asia/Shanghai', 2)
    expect(result.report.totals.rejected).toBe(0)
    expect(entry.counts.articles).toBeGreaterThanOrEqual(24)
    const first = await read<ListPage>(bundlePaths.listPage(entry.latest, 1))
    expect(first.items.length).toBe(Math.min(20, entry.counts.articles))
    const dates = first.items.map((s) => s.date)
    expect([...dates].sort().reverse()).toEqual(dates)
    const article = await articleById(first.items[0]!.id)
    expect(article.title).toBe(first.items[0]!.title)
    const tree = await read<CategoryTree>(bundlePaths.tree(entry.tree))
    expect(tree.roots.length).toBeGreaterThanOrEqual(3)
    const calendar = await read<Calendar>(bundlePaths.calendar(entry.calendar))
    const months = calendarWindows(calendar).years.flatMap((y) => y.months)
    expect(months.length).toBeGreaterThanOrEqual(3)
    expect(months.reduce((n, m) => n + m.list.n, 0)).toBe(entry.counts.articles)
  })
})

describe('a Hexo site root', () => {
  it('reads title, language, time zone and permalink from _config.yml and posts from source/_posts', async () => {
    const site = await mkdtemp(join(tmpdir(), 'broadsheet-hexo-'))
    temps.push(site)
    await mkdir(join(site, 'source/_posts/新闻'), { recursive: true })
    await writeFile(
      join(site, '_config.yml'),
      'title: 晚报档案\nlanguage: zh-CN\ntimezone: Asia/Shanghai\npermalink: news/:year/:month/:name.html\n',
    )
    // 23:30 UTC on the 5th is the 6th in Shanghai.
    await writeFile(
      join(site, 'source/_posts/新闻/night.md'),
      '---\ntitle: 夜班新闻\ndate: 2022-01-05T23:30:00Z\ncategories: [新闻]\n---\n<p>正文。</p>\n',
    )
    const { entry, read } = await build(site)
    expect(entry.site).toEqual({
      title: '晚报档案',
      language: 'zh-CN',
      timezone: 'Asia/Shanghai',
      permalink: 'news/:year/:month/:name.html',
    })
    const calendar = await read<Calendar>(bundlePaths.calendar(entry.calendar))
    expect(calendar.years[0]!.months[0]!.days[0]![0]).toBe(6)
    const { shards } = await read<AliasIndex>(bundlePaths.aliasIndex(entry.aliases))
    expect(shards).toHaveLength(1)
    const aliases = await read<AliasShard>(bundlePaths.aliasShard(shards[0]!))
    expect(Object.keys(aliases.ids)).toEqual(['news/2022/01/night.html'])
  })
})

describe('tags', () => {
  it('writes an index and a paged list per tag, keyed by tag_map, newest first', async () => {
    const site = await mkdtemp(join(tmpdir(), 'broadsheet-tags-'))
    temps.push(site)
    await mkdir(join(site, 'source/_posts'), { recursive: true })
    await writeFile(join(site, '_config.yml'), 'tag_map:\n  JS: JavaScript\n  每日 简报: daily\n')
    // 25 posts tagged 每日 简报 (keyed daily), one day apart; every fifth also JS or JavaScript,
    // which share JavaScript's page.
    for (let i = 1; i <= 25; i++) {
      const day = String(i).padStart(2, '0')
      const extra = i % 5 === 0 ? (i % 10 === 0 ? ', JS' : ', JavaScript') : ''
      await writeFile(
        join(site, `source/_posts/p${day}.md`),
        `---\ntitle: Post ${day}\ndate: 2022-01-${day}T08:00:00Z\ntags: [' 每日  简报 ', ${i}${extra}, '']\n---\n<p>Body.</p>\n`,
      )
    }
    const { entry, read, articleById } = await build(site)
    expect(entry.counts.tags).toBe(27)
    const index = await read<TagIndex>(bundlePaths.tagIndex(entry.tags!))
    expect(index.tags.slice(0, 3)).toEqual([
      ['daily', 25, '每日 简报'],
      ['JavaScript', 5],
      ['1', 1],
    ])
    expect(index.tags.map(([key]) => key)).not.toContain('JS')
    const shards = entry.tagShards!
    const lookup = async (name: string) =>
      (await read<TagShard>(bundlePaths.tagShard(shards[shardOf(name, shards.length)]!))).lists[
        name
      ]!
    const daily = await lookup('daily')
    expect(daily).toMatchObject({ n: 25, name: '每日 简报' })
    const pages = [1, 2].map((p) => read<ListPage>(bundlePaths.listPage(daily, p)))
    const [first, second] = await Promise.all(pages)
    expect([first!.pages, first!.items.length, second!.items.length]).toEqual([2, 20, 5])
    expect(first!.items[0]!.title).toBe('Post 25')
    expect(second!.items.at(-1)!.title).toBe('Post 01')
    const js = await read<ListPage>(bundlePaths.listPage(await lookup('JavaScript'), 1))
    expect(js.items.map((s) => s.title)).toEqual([
      'Post 25',
      'Post 20',
      'Post 15',
      'Post 10',
      'Post 05',
    ])
    const article = await articleById(js.items[1]!.id)
    // The article keeps each tag's name, and links each under its key.
    expect(article.tags).toEqual(['每日 简报', '20', 'JS'])
    expect(article.tagKeys).toEqual(['daily', '20', 'JavaScript'])
    const plain = await articleById(js.items[0]!.id)
    expect(plain.tags).toEqual(['每日 简报', '25', 'JavaScript'])
    expect(plain.tagKeys).toEqual(['daily', '25', 'JavaScript'])
  })
})

describe.skipIf(!existsSync(join(shared, 'seed')))('the seed post', () => {
  it.each(['UTC', 'Asia/Shanghai'])('reads as the issue describes in %s', async (timezone) => {
    const { entry, read, articleById } = await build(join(shared, 'seed'), timezone)
    expect(entry.counts.articles).toBe(1)
    const page = await read<ListPage>(bundlePaths.listPage(entry.latest, 1))
    const article = await articleById(page.items[0]!.id)
    expect(article.title).toBe('深圳新任市管干部廉政谈话全覆盖 上好廉洁履职第一课')
    expect(article.categories).toEqual([['金融', '新浪财经', '新浪财经－国內']])
    expect(article.headImage).toBeUndefined()
    expect(article.date).toBe('2022-01-06T00:01:41.000Z')
    expect(article.editor).toBe('梁斌')
    expect(article.html).not.toMatch(/appendQr|<style|责任编辑|尽在新浪财经APP|343233024/)
    expect(article.html).toContain('深圳市纪委监委')
    // The body's first paragraph only repeated the title.
    expect(article.html).not.toMatch(/<p>\s*深圳新任市管干部廉政谈话全覆盖/)
    const calendar = await read<Calendar>(bundlePaths.calendar(entry.calendar))
    const year = calendar.years[0]!
    expect([year.y, year.months[0]!.m, year.months[0]!.days[0]![0]]).toEqual([2022, 1, 6])
    const tree = await read<CategoryTree>(bundlePaths.tree(entry.tree))
    expect(tree.roots[0]!.name).toBe('金融')
    expect(tree.roots[0]!.children[0]!.children[0]!.name).toBe('新浪财经－国內')
  })
})

describe.skipIf(!existsSync(join(shared, 'corpus/posts')))('the real corpus', () => {
  it('reports every file, crashes on none, and builds at least 295', async () => {
    const { result, out } = await build(join(shared, 'corpus/posts'), 'Asia/Shanghai', 2)
    const { totals, entries } = result.report
    expect(totals.files).toBe(301)
    expect(entries).toHaveLength(301)
    expect(totals.ok + totals.repaired).toBeGreaterThanOrEqual(295)
    for (const e of entries.filter((e) => e.status === 'rejected')) expect(e.reason).toBeTruthy()

    // Its 7 "Invalid Date" posts: outside git, a URL carrying a day dates the post, not the mtime.
    const estimated = entries.filter((e) => e.dateEstimated)
    expect(estimated).toHaveLength(7)
    for (const e of estimated) {
      const text = await readFile(join(shared, 'corpus/posts', e.path), 'utf8')
      const urlDay = /https?:\/\/\S+\/(?:19|20)\d\d([-/]?)\d\d\1\d\d\//.test(text)
      expect([e.path, e.dateEstimated]).toEqual([e.path, urlDay ? 'url' : 'mtime'])
    }
    const moto = estimated.find((e) => e.path.includes('Moto Edge S'))
    const article = await readBundleJson<Article>(join(out, moto?.file ?? 'missing'))
    // 26 January 2021 in Shanghai, from its pingwest.com image path.
    expect([article.date, article.dateEstimated]).toEqual(['2021-01-25T16:00:00.000Z', 'url'])
  }, 120_000)
})
