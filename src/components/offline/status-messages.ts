import type { Messages } from '../../lib/i18n/locale'

/** The strings the app shell always carries (indicator and update notice), apart from the rest. */
export const statusMessages: Messages<'offline' | 'offlineHint' | 'updateReady' | 'reload'> = {
  zh: {
    offline: '离线',
    offlineHint: '你已离线：已打开和已保存的文章仍可阅读',
    updateReady: '有新版本可用',
    reload: '重新加载',
  },
  en: {
    offline: 'Offline',
    offlineHint: 'You are offline: articles you opened or saved can still be read',
    updateReady: 'New version available',
    reload: 'Reload',
  },
}
