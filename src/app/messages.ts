import type { Messages } from '../lib/i18n/locale'

export const messages: Messages<
  | 'skip'
  | 'archive'
  | 'tags'
  | 'site'
  | 'categories'
  | 'openCategories'
  | 'close'
  | 'archiveAside'
  | 'loading'
> = {
  zh: {
    skip: '跳到正文',
    archive: '归档',
    tags: '标签',
    site: '站点导航',
    categories: '分类',
    openCategories: '打开分类',
    close: '关闭',
    archiveAside: '按日期浏览',
    loading: '正在加载…',
  },
  en: {
    skip: 'Skip to content',
    archive: 'Archive',
    tags: 'Tags',
    site: 'Site',
    categories: 'Categories',
    openCategories: 'Open categories',
    close: 'Close',
    archiveAside: 'Browse by date',
    loading: 'Loading…',
  },
}
