/**
 * The synthetic category tree: 10 top-level groups × 9 sources × 10 sub-categories = 900 paths of
 * 3 or 4 levels. One path is given about a fifth of all posts, as a busy feed has in a real archive.
 */
import { createWeightedPicker } from './random'
import type { Random } from './random'
import { phrases, words } from './list'
import type { Lang } from './text'

interface Group {
  top: string
  sources: string[]
  subs: string[]
  /** Sub-categories are `<source>－<sub>`, as Sina names them. */
  prefixSubs?: boolean
  /** A fourth level under every (or every other) sub-category. */
  leaves?: string[]
  lang: Lang
  /** Share of posts in the other language. */
  otherLang: number
}

const generic = words('最新 热榜 评测 深度 快讯 访谈 专栏 问答 活动 精选')

const groups: Group[] = [
  {
    top: '金融',
    sources: words(
      '新浪财经 晨星财讯 远山金融观察 青石债市 白鹭基金 长河期货 云帆保险 北辰宏观 南岭地产',
    ),
    subs: words('国內 国际 美股 港股 宏观 基金 债券 期货 外汇 保险'),
    prefixSubs: true,
    lang: 'zh',
    otherLang: 0.02,
  },
  {
    top: '科技',
    sources: words(
      '少数派 极客日报 硅谷来信 数码前线 科创观察 芯片周报 智能硬件 云计算笔记 新能源车',
    ),
    subs: generic,
    leaves: words('图文 视频'),
    lang: 'zh',
    otherLang: 0.1,
  },
  {
    top: '新媒体',
    sources: words('三十六氪 观潮 城市画报 深夜食堂 知行录 晚风电台 山海志 星河周刊 青年说'),
    subs: generic,
    lang: 'zh',
    otherLang: 0.03,
  },
  {
    top: '游戏',
    sources: words('机核 触乐 游研所 像素工坊 玩家说 独立游戏周报 主机前线 手游快报 电竞日报'),
    subs: words('新闻 评测 前瞻 攻略 专题 视频 电台 访谈 折扣 活动'),
    lang: 'zh',
    otherLang: 0.03,
  },
  {
    top: '编程',
    sources: words('前端 后端 数据库 运维 安全 移动开发 机器学习 开源 编程语言'),
    subs: phrases(
      'JavaScript | TypeScript | Rust | Go | Python | Java | Kotlin | Swift | C++ | SQL',
    ),
    leaves: words('周刊 博客 精选'),
    lang: 'zh',
    otherLang: 0.15,
  },
  {
    top: '设计',
    sources: words(
      '设计周报 字体笔记 交互研究所 色彩志 品牌观察 插画馆 建筑笔记 产品设计 视觉日报',
    ),
    subs: generic,
    lang: 'zh',
    otherLang: 0.1,
  },
  {
    top: '阅读',
    sources: words('书摘 书评 夜读 出版观察 读书会 文学周刊 诗歌 译文 人物'),
    subs: generic,
    lang: 'zh',
    otherLang: 0.05,
  },
  {
    top: '音视频',
    sources: words('播客精选 纪录片 电影观察 音乐周刊 综艺快报 影评人 动画 现场 声音博物馆'),
    subs: generic,
    lang: 'zh',
    otherLang: 0.03,
  },
  {
    top: '社交媒体',
    sources: words(
      '微博热搜 知乎热榜 豆瓣小组 即刻圈子 城市论坛 兴趣社区 问答社区 校园论坛 本地生活',
    ),
    subs: generic,
    lang: 'zh',
    otherLang: 0.02,
  },
  {
    top: 'Technology',
    sources:
      phrases(`Hacker News | Lobsters | Byte Ledger | Release Notes | Open Source Weekly | Kernel Digest
      Cloud Dispatch | Security Brief | Web Platform`),
    subs: phrases(
      'Front Page | Newest | Show | Ask | Best | Jobs | Comments | Weekly | Daily | Archive',
    ),
    leaves: phrases('Top | Digest'),
    lang: 'en',
    otherLang: 0.05,
  },
]

export interface Category {
  path: string[]
  source: string
  lang: Lang
  otherLang: number
}

function buildCategories(): Category[] {
  const out: Category[] = []
  for (const group of groups) {
    group.sources.forEach((source, s) => {
      group.subs.forEach((sub, i) => {
        const path = [group.top, source, group.prefixSubs ? `${source}－${sub}` : sub]
        // Every other path in groups with leaves gets a fourth level, so both depths are common.
        const leaf = group.leaves?.[(s + i) % group.leaves.length]
        if (leaf !== undefined && (s + i) % 2 === 0) path.push(leaf)
        out.push({ path, source, lang: group.lang, otherLang: group.otherLang })
      })
    })
  }
  return out
}

export const categories: readonly Category[] = buildCategories()

/** The busy path: about 22% of posts, so ≥ 20,000 at 100,000 posts. */
export const busyPath = ['金融', '新浪财经', '新浪财经－国內']

/** Weights are fixed (not drawn from the run's seed) so every run sees the same popularity. */
function weightOf(category: Category, index: number): number {
  if (category.path.join('/') === busyPath.join('/')) return (0.22 * categories.length) / 0.78
  // A gentle spread: the least popular path still gets about 40 posts in 100,000.
  return 0.45 + ((index * 2654435761) % 1000) / 1000
}

export const pickCategory: (random: Random) => Category = createWeightedPicker(
  categories,
  categories.map(weightOf),
)
