import type { Messages } from '../../lib/i18n/locale'

export const messages: Messages<
  | 'archive'
  | 'byDate'
  | 'dayCount'
  | 'count'
  | 'prevMonth'
  | 'nextMonth'
  | 'prevDay'
  | 'nextDay'
  | 'prevYear'
  | 'nextYear'
  | 'calendar'
  | 'years'
  | 'page'
  | 'noArticles'
  | 'periods'
> = {
  zh: {
    archive: '归档',
    byDate: '按日期浏览',
    dayCount: '{date}，{n} 篇',
    count: '{n} 篇',
    prevMonth: '上一个月',
    nextMonth: '下一个月',
    prevDay: '前一天',
    nextDay: '后一天',
    prevYear: '上一年',
    nextYear: '下一年',
    calendar: '日历',
    years: '年份与月份',
    page: '{name} · 第 {n} 页',
    noArticles: '{date}，没有文章',
    periods: '相邻时段',
  },
  en: {
    archive: 'Archive',
    byDate: 'Browse by date',
    dayCount: '{date}, {n} articles',
    count: '{n}',
    prevMonth: 'Previous month',
    nextMonth: 'Next month',
    prevDay: 'Previous day',
    nextDay: 'Next day',
    prevYear: 'Previous year',
    nextYear: 'Next year',
    calendar: 'Calendar',
    years: 'Years and months',
    page: '{name} · page {n}',
    noArticles: '{date}, no articles',
    periods: 'Nearby periods',
  },
}
