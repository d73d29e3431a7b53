import type { Messages } from '../i18n/locale'

export const readingMessages: Messages<
  | 'markRead'
  | 'markUnread'
  | 'markReadOf'
  | 'markUnreadOf'
  | 'markedRead'
  | 'markedUnread'
  | 'unread'
  | 'notKept'
> = {
  zh: {
    markRead: '标为已读',
    markUnread: '标为未读',
    markReadOf: '标为已读：{title}',
    markUnreadOf: '标为未读：{title}',
    markedRead: '已标记为已读',
    markedUnread: '已标记为未读',
    unread: '未读',
    notKept: '这台设备没有为本站保存数据的空间，已读标记只在这次浏览中有效。',
  },
  en: {
    markRead: 'Mark as read',
    markUnread: 'Mark as unread',
    markReadOf: 'Mark as read: {title}',
    markUnreadOf: 'Mark as unread: {title}',
    markedRead: 'Marked as read',
    markedUnread: 'Marked as unread',
    unread: 'Unread',
    notKept: 'This device keeps no data for this site, so read marks last only for this visit.',
  },
}
