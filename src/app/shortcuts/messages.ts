import type { Messages } from '../../lib/i18n/locale'
import type { ShortcutAction } from './shortcut-keys'

export const helpMessages: Messages<ShortcutAction | 'title' | 'close' | 'then' | 'off'> = {
  zh: {
    title: '键盘快捷键',
    close: '关闭',
    then: '然后',
    off: '可以在“设置”中关闭快捷键。输入文字时快捷键不起作用。',
    'next-entry': '下一条',
    'previous-entry': '上一条',
    open: '打开选中的文章（也可按 Enter）',
    'next-article': '下一篇文章',
    'previous-article': '上一篇文章',
    'toggle-read': '标为已读 / 未读',
    'back-to-list': '回到列表',
    'go-home': '前往首页',
    'go-archive': '前往归档',
    help: '显示这份列表',
  },
  en: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    then: 'then',
    off: 'Shortcuts can be switched off in Settings. They never act while you type in a field.',
    'next-entry': 'Next entry',
    'previous-entry': 'Previous entry',
    open: 'Open the selected article (Enter works too)',
    'next-article': 'Next article',
    'previous-article': 'Previous article',
    'toggle-read': 'Mark as read / unread',
    'back-to-list': 'Back to the list',
    'go-home': 'Go to the home page',
    'go-archive': 'Go to the archive',
    help: 'Show this list',
  },
}
