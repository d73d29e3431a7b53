/**
 * A small bundle built to the contract in src/bundle/format.ts, for app tests and local previews:
 * 4 levels of categories, two months across a year boundary (Asia/Shanghai), thumbnails
 * (one broken), Chinese and English titles, and more than one page in the latest list.
 */
import type {
  AliasIndex,
  AliasShard,
  Article,
  ArticleSummary,
  Calendar,
  CalendarYearCounts,
  CategoryNode,
  CategoryRefShard,
  CategoryTree,
  Entry,
  IdShard,
  ListPage,
  ListRef,
} from '../bundle/format'
import { FORMAT_VERSION, PAGE_SIZE } from '../bundle/format'
import { bundlePaths, fnv1a } from '../bundle/paths'

export type FixtureFiles = Record<string, unknown>

const ZONE_OFFSET_H = 8 // Asia/Shanghai has no DST.
const hash = (value: unknown) => fnv1a(JSON.stringify(value)).toString(16).padStart(8, '0')

const CATEGORIES: string[][] = [
  ['金融', '新浪财经', '新浪财经－国內', '宏观'],
  ['金融', '新浪财经', '新浪财经－国內'],
  ['金融', '新浪财经', '新浪财经－国际'],
  ['金融', '证券'],
  ['科技', '互联网'],
  ['World'],
]

function makeArticles(): ArticleSummary[] {
  const items: ArticleSummary[] = []
  for (let i = 0; i < 45; i++) {
    // Every ~26 hours from 2021-12-20 08:00 UTC: spans Dec 2021 and Jan 2022, skipping some days.
    const date = new Date(Date.UTC(2021, 11, 20, 8) + i * 26 * 3600_000 + (i % 3) * 3600_000 * 7)
    const english = i % 6 === 5
    items.push({
      id: `a${String(i).padStart(3, '0')}`,
      f: `f${String(i).padStart(3, '0')}`,
      title: english
        ? `Markets steady as central banks signal patience, part ${i}`
        : `央行保持流动性合理充裕 第${i}期市场观察：稳增长政策持续发力`,
      date: date.toISOString(),
      categories: [CATEGORIES[i % CATEGORIES.length] ?? ['金融']],
      author: english ? 'Reuters' : '新浪财经',
      ...(i % 4 === 0
        ? {
            thumbnail: i === 8 ? 'https://broken.invalid/missing.jpg' : `/data/thumbs/${i % 3}.svg`,
          }
        : {}),
      excerpt: english
        ? 'Central banks kept rates on hold this week while signalling that any change would be gradual, and markets took the news calmly.'
        : '中国人民银行今日开展逆回购操作，维护银行体系流动性合理充裕。分析人士认为，稳增长政策将持续发力，市场预期总体平稳，债市收益率小幅波动。',
    })
  }
  return items.sort((a, b) => b.date.localeCompare(a.date))
}

/** Local (site zone) year, month and day of an instant. */
function localDay(iso: string): [number, number, number] {
  const d = new Date(new Date(iso).getTime() + ZONE_OFFSET_H * 3600_000)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
}

function storeList(files: FixtureFiles, items: ArticleSummary[]): ListRef {
  const h = hash(items.map((i) => i.id))
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE))
  for (let p = 1; p <= pages; p++) {
    const page: ListPage = {
      format: FORMAT_VERSION,
      page: p,
      pages,
      total: items.length,
      items: items.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE),
    }
    files[bundlePaths.listPage(h, p)] = page
  }
  return { h, n: items.length }
}

// Small, so the nine categories span three shards, as a big tree would.
const REFS_PER_SHARD = 4

/** The tree and its ref shards, the lists in node order (depth first, parents first) as the builder writes them. */
function buildTree(files: FixtureFiles, items: ArticleSummary[]): CategoryTree {
  const lists: ListRef[] = []
  const build = (prefix: string[], names: string[]): CategoryNode[] =>
    names.map((name) => {
      const path = [...prefix, name]
      const inNode = items.filter((a) => a.categories.some((c) => path.every((n, i) => c[i] === n)))
      const childNames = [
        ...new Set(
          CATEGORIES.filter((c) => c.length > path.length && path.every((n, i) => c[i] === n)).map(
            (c) => c[path.length] ?? '',
          ),
        ),
      ]
      const list = storeList(files, inNode)
      lists.push(list)
      return { name, n: list.n, children: build(path, childNames) }
    })
  const roots = build([], [...new Set(CATEGORIES.map((c) => c[0] ?? ''))])
  const refShards: string[] = []
  for (let i = 0; i < lists.length; i += REFS_PER_SHARD) {
    const shard: CategoryRefShard = {
      format: FORMAT_VERSION,
      lists: lists.slice(i, i + REFS_PER_SHARD),
    }
    refShards.push(hash(shard))
    files[bundlePaths.categoryRefs(hash(shard))] = shard
  }
  return { format: FORMAT_VERSION, roots, refShards, refsPerShard: REFS_PER_SHARD }
}

/** Each day's count, oldest first, as the builder writes them: the app derives the windows. */
function buildCalendar(items: ArticleSummary[], latest: ListRef): Calendar {
  const years = new Map<number, CalendarYearCounts>()
  for (const a of items) {
    const [y, m, d] = localDay(a.date)
    const year = years.get(y) ?? { y, months: [] }
    years.set(y, year)
    let month = year.months.find((x) => x.m === m)
    if (!month) year.months.push((month = { m, days: [] }))
    const day = month.days.find(([x]) => x === d)
    if (day) day[1]++
    else month.days.push([d, 1])
  }
  const sorted = [...years.values()].sort((a, b) => a.y - b.y)
  for (const y of sorted) {
    y.months.sort((a, b) => a.m - b.m)
    for (const m of y.months) m.days.sort((a, b) => a[0] - b[0])
  }
  return { format: FORMAT_VERSION, h: latest.h, years: sorted }
}

export function buildFixtureBundle(): FixtureFiles {
  const files: FixtureFiles = {}
  const items = makeArticles()
  const latest = storeList(files, items)
  const tree = buildTree(files, items)
  const calendar = buildCalendar(items, latest)
  const idShard: IdShard = {
    format: FORMAT_VERSION,
    files: Object.fromEntries(items.map((a) => [a.id, a.f])),
  }
  const aliasShard: AliasShard = {
    format: FORMAT_VERSION,
    ids: Object.fromEntries(
      items.map((a) => [
        `${localDay(a.date)
          .map((n) => String(n).padStart(2, '0'))
          .join('/')}/${a.id}`,
        a.id,
      ]),
    ),
  }
  for (const a of items) {
    const article: Article = {
      format: FORMAT_VERSION,
      id: a.id,
      title: a.title,
      date: a.date,
      categories: a.categories,
      tags: [],
      author: a.author,
      permalink: `${localDay(a.date).join('/')}/${a.id}/`,
      textLength: 600,
      html: `<p>${a.excerpt}</p><p>${a.excerpt}</p>`,
    }
    files[bundlePaths.article(a.f)] = article
  }
  const treeHash = hash(tree)
  const calendarHash = hash(calendar)
  const idHash = hash(idShard)
  const aliasHash = hash(aliasShard)
  const aliasIndex: AliasIndex = { format: FORMAT_VERSION, shards: [aliasHash] }
  const aliasIndexHash = hash(aliasIndex)
  files[bundlePaths.tree(treeHash)] = tree
  files[bundlePaths.calendar(calendarHash)] = calendar
  files[bundlePaths.idShard(idHash)] = idShard
  files[bundlePaths.aliasShard(aliasHash)] = aliasShard
  files[bundlePaths.aliasIndex(aliasIndexHash)] = aliasIndex
  const entry: Entry = {
    format: FORMAT_VERSION,
    buildId: hash(files),
    site: {
      title: '新闻存档',
      language: 'zh-CN',
      timezone: 'Asia/Shanghai',
      permalink: ':year/:month/:day/:title/',
    },
    counts: {
      articles: items.length,
      categories: Object.keys(files).length,
      days: calendar.years.flatMap((y) => y.months.flatMap((m) => m.days)).length,
    },
    pageSize: PAGE_SIZE,
    latest,
    tree: treeHash,
    calendar: calendarHash,
    idShards: [idHash],
    aliases: aliasIndexHash,
    // No search index: the app's tests do not search this bundle.
    search: 'no-index',
  }
  files[bundlePaths.entry] = entry
  return files
}
