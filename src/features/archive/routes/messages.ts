import type { Messages } from '../../../lib/i18n/locale'

/** The archive pages' own words, apart from the side column's. */
export const messages: Messages<
  | 'archive'
  | 'calendar'
  | 'nextDay'
  | 'nextMonth'
  | 'nextYear'
  | 'page'
  | 'periods'
  | 'prevDay'
  | 'prevMonth'
  | 'prevYear'
  | 'noArticles'
> = {
  zh: {
    archive: '归档',
    calendar: '日历',
    nextDay: '后一天',
    nextMonth: '下一个月',
    nextYear: '下一年',
    page: '{name} · 第 {n} 页',
    periods: '相邻时段',
    prevDay: '前一天',
    prevMonth: '上一个月',
    prevYear: '上一年',
    noArticles: '{date}，没有文章',
  },
  en: {
    archive: 'Archive',
    calendar: 'Calendar',
    nextDay: 'Next day',
    nextMonth: 'Next month',
    nextYear: 'Next year',
    page: '{name} · page {n}',
    periods: 'Nearby periods',
    prevDay: 'Previous day',
    prevMonth: 'Previous month',
    prevYear: 'Previous year',
    noArticles: '{date}, no articles',
  },
}
