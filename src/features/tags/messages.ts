import type { Messages } from '../../lib/i18n/locale'

export const messages: Messages<
  | 'tags'
  | 'home'
  | 'tagTitle'
  | 'page'
  | 'summary'
  | 'matches'
  | 'filter'
  | 'filterHint'
  | 'none'
  | 'noMatch'
  | 'articles'
> = {
  zh: {
    tags: '标签',
    home: '首页',
    tagTitle: '标签：{name}',
    page: '{name} · 第 {n} 页',
    summary: '共 {n} 个标签，按文章数排列',
    matches: '{total} 个标签中有 {n} 个符合',
    filter: '筛选标签',
    filterHint: '输入标签名的一部分',
    none: '这些文章还没有标签。',
    noMatch: '没有名字含“{q}”的标签。',
    articles: '篇',
  },
  en: {
    tags: 'Tags',
    home: 'Home',
    tagTitle: 'Tag: {name}',
    page: '{name} · page {n}',
    summary: '{n} tags, most used first',
    matches: '{n} of {total} tags match',
    filter: 'Filter tags',
    filterHint: 'Part of a tag’s name',
    none: 'No article has tags yet.',
    noMatch: 'No tag’s name contains “{q}”.',
    articles: 'articles',
  },
}
