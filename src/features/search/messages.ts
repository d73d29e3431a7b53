import type { Messages } from '../../lib/i18n/locale'

export const messages: Messages<
  | 'heading'
  | 'headingFor'
  | 'about'
  | 'exact'
  | 'searching'
  | 'prompt'
  | 'syntax'
  | 'none'
  | 'noneFiltered'
  | 'noneQuery'
  | 'clearFilters'
  | 'more'
  | 'loadingMore'
  | 'incomplete'
  | 'category'
  | 'allCategories'
  | 'date'
  | 'anyDate'
  | 'from'
  | 'to'
  | 'apply'
  | 'clear'
  | 'earliest'
  | 'latest'
  | 'sort'
  | 'newest'
  | 'relevance'
  | 'filters'
> = {
  zh: {
    heading: '搜索',
    headingFor: '搜索：{q}',
    about: '约 {n} 条结果',
    exact: '共 {n} 条结果',
    searching: '正在搜索…',
    prompt: '输入关键词搜索全部文章；不输入关键词、只选分类和日期，可以按范围浏览。',
    syntax: '空格分隔的词须同时出现；"加引号的词组" 须原样出现；-词 排除含有该词的文章。',
    none: '没有找到结果。',
    noneFiltered: '试试放宽筛选条件，或者换个说法。',
    noneQuery: '检查一下用字，或者换个说法。',
    clearFilters: '清除筛选',
    more: '更多结果',
    loadingMore: '正在加载更多…',
    incomplete: '离线：部分索引尚未保存在本机，结果可能不完整。',
    category: '分类',
    allCategories: '全部分类',
    date: '日期',
    anyDate: '不限日期',
    from: '从',
    to: '到',
    apply: '应用',
    clear: '清除',
    earliest: '最早',
    latest: '最新',
    sort: '排序',
    newest: '最新优先',
    relevance: '相关度',
    filters: '筛选',
  },
  en: {
    heading: 'Search',
    headingFor: 'Search: {q}',
    about: 'About {n} results',
    exact: '{n} results',
    searching: 'Searching…',
    prompt:
      'Type to search every article. With no words, a category and a date range browse that part of the archive.',
    syntax:
      'Words separated by spaces must all appear; "a quoted phrase" must appear as written; -word leaves out articles that contain it.',
    none: 'No results.',
    noneFiltered: 'Try widening the filters, or other words.',
    noneQuery: 'Check the spelling, or try other words.',
    clearFilters: 'Clear filters',
    more: 'More results',
    loadingMore: 'Loading more…',
    incomplete:
      'Offline: parts of the index are not saved on this device, so results may be incomplete.',
    category: 'Category',
    allCategories: 'All categories',
    date: 'Date',
    anyDate: 'Any date',
    from: 'From',
    to: 'To',
    apply: 'Apply',
    clear: 'Clear',
    earliest: 'Earliest',
    latest: 'Latest',
    sort: 'Sort',
    newest: 'Newest',
    relevance: 'Relevance',
    filters: 'Filters',
  },
}
