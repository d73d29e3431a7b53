import type { Messages } from '../../lib/i18n/locale'

export const messages: Messages<'heading' | 'empty' | 'count' | 'savedAt' | 'offline'> = {
  zh: {
    heading: '收藏',
    empty:
      '还没有收藏的文章。在文章或列表里点星标即可收藏；收藏的文章离线也能读，只保存在这台设备上。',
    count: '共 {n} 篇',
    savedAt: '收藏于 {date}',
    offline: '收藏的文章已保存在这台设备上，离线也能打开。',
  },
  en: {
    heading: 'Saved',
    empty:
      'Nothing saved yet. Press the star on an article or a list entry to save it; saved articles open offline, and stay on this device only.',
    count: '{n} articles',
    savedAt: 'Saved {date}',
    offline: 'Saved articles are kept on this device and open offline.',
  },
}
