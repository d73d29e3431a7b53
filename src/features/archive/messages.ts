import type { Messages } from '../../lib/i18n/locale'

/** The side column's calendar: every desktop page loads these with it. */
export const messages: Messages<
  'byDate' | 'count' | 'dayCount' | 'nextMonth' | 'prevMonth' | 'years'
> = {
  zh: {
    byDate: '按日期浏览',
    count: '{n} 篇',
    dayCount: '{date}，{n} 篇',
    nextMonth: '下一个月',
    prevMonth: '上一个月',
    years: '年份与月份',
  },
  en: {
    byDate: 'Browse by date',
    count: '{n}',
    dayCount: '{date}, {n} articles',
    nextMonth: 'Next month',
    prevMonth: 'Previous month',
    years: 'Years and months',
  },
}
