import type { Messages } from '../i18n/locale'

export const readingMessages: Messages<
  | 'markRead'
  | 'markUnread'
  | 'markReadOf'
  | 'markUnreadOf'
  | 'markedRead'
  | 'markedUnread'
  | 'save'
  | 'saveOf'
  | 'saved'
  | 'unsaved'
  | 'undo'
> = {
  zh: {
    markRead: '标为已读',
    markUnread: '标为未读',
    markReadOf: '标为已读：{title}',
    markUnreadOf: '标为未读：{title}',
    markedRead: '已标记为已读',
    markedUnread: '已标记为未读',
    save: '收藏',
    saveOf: '收藏：{title}',
    saved: '已收藏',
    unsaved: '已取消收藏',
    undo: '撤销',
  },
  en: {
    markRead: 'Mark as read',
    markUnread: 'Mark as unread',
    markReadOf: 'Mark as read: {title}',
    markUnreadOf: 'Mark as unread: {title}',
    markedRead: 'Marked as read',
    markedUnread: 'Marked as unread',
    save: 'Save',
    saveOf: 'Save: {title}',
    saved: 'Saved',
    unsaved: 'Removed from saved',
    undo: 'Undo',
  },
}
