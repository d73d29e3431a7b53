import type { Messages } from '../../lib/i18n/locale'

export const messages: Messages<'subscribe' | 'feedsOf' | 'copy' | 'copied' | 'copyFailed'> = {
  zh: {
    subscribe: '订阅',
    feedsOf: '{name}的订阅源',
    copy: '复制订阅地址',
    copied: '订阅地址已复制',
    copyFailed: '无法复制，请复制上面的链接',
  },
  en: {
    subscribe: 'Subscribe',
    feedsOf: 'Feeds of {name}',
    copy: 'Copy feed URL',
    copied: 'Feed URL copied',
    copyFailed: 'Could not copy; copy a link above',
  },
}
