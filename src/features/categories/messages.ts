import type { Messages } from '../../lib/i18n/locale'

export const messages: Messages<
  'categories' | 'subcategories' | 'toggle' | 'home' | 'page' | 'count'
> = {
  zh: {
    categories: '分类',
    subcategories: '子分类',
    toggle: '{name}的子分类',
    home: '首页',
    page: '{name} · 第 {n} 页',
    count: '{n} 篇',
  },
  en: {
    categories: 'Categories',
    subcategories: 'Subcategories',
    toggle: 'Subcategories of {name}',
    home: 'Home',
    page: '{name} · page {n}',
    count: '{n} articles',
  },
}
