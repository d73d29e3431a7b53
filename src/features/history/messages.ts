import type { Messages } from '../../lib/i18n/locale'

export const messages: Messages<
  | 'heading'
  | 'filter'
  | 'empty'
  | 'noMatch'
  | 'clear'
  | 'confirmClear'
  | 'confirm'
  | 'cancel'
  | 'cleared'
  | 'more'
  | 'readAt'
  | 'count'
> = {
  zh: {
    heading: '阅读历史',
    filter: '在历史中查找',
    empty: '还没有阅读记录。读过的文章会按日期列在这里，只保存在这台设备上。',
    noMatch: '历史中没有标题含“{q}”的文章。',
    clear: '清除历史',
    confirmClear: '清除这台设备上的全部阅读历史？已读标记会保留。',
    confirm: '清除',
    cancel: '取消',
    cleared: '阅读历史已清除',
    more: '只显示最近的 {n} 篇。',
    readAt: '{time} 读过',
    count: '{n} 篇',
  },
  en: {
    heading: 'Reading history',
    filter: 'Find in history',
    empty: 'Nothing read yet. Articles you read are listed here by day, kept on this device only.',
    noMatch: 'No article in your history has “{q}” in its title.',
    clear: 'Clear history',
    confirmClear: 'Clear all reading history on this device? Read marks stay.',
    confirm: 'Clear',
    cancel: 'Cancel',
    cleared: 'Reading history cleared',
    more: 'Only the latest {n} are shown.',
    readAt: 'read at {time}',
    count: '{n} articles',
  },
}
