import type { Messages } from '../../lib/i18n/locale'

type Key =
  | 'notSavedTitle'
  | 'notSavedBody'
  | 'backToLatest'
  | 'retry'
  | 'save'
  | 'saving'
  | 'saved'
  | 'saveFailed'

export const messages: Messages<Key> = {
  zh: {
    notSavedTitle: '你已离线，而这篇文章尚未保存',
    notSavedBody: '联网后即可阅读。已打开过或已“保存以离线阅读”的文章在离线时仍然可读。',
    backToLatest: '返回最新文章',
    retry: '重试',
    save: '保存以离线阅读',
    saving: '正在保存 {done} / {total}',
    saved: '已保存 {n} 篇，可离线阅读',
    saveFailed: '有 {n} 篇未能保存，请联网后重试',
  },
  en: {
    notSavedTitle: "You're offline and this article isn't saved",
    notSavedBody:
      'It will open once you are back online. Articles you have opened, or saved for offline, can be read without a connection.',
    backToLatest: 'Back to latest',
    retry: 'Retry',
    save: 'Save for offline',
    saving: 'Saving {done} / {total}',
    saved: '{n} articles saved for offline reading',
    saveFailed: '{n} could not be saved; try again when online',
  },
}
