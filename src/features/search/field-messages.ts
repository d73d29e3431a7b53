import type { Messages } from '../../lib/i18n/locale'

// Apart from messages.ts: the masthead field is on every page, the rest loads with the route.
export const fieldMessages: Messages<'search' | 'placeholder' | 'open' | 'close'> = {
  zh: { search: '搜索', placeholder: '搜索文章（按 / ）', open: '打开搜索', close: '关闭搜索' },
  en: {
    search: 'Search',
    placeholder: 'Search articles (press /)',
    open: 'Open search',
    close: 'Close search',
  },
}
