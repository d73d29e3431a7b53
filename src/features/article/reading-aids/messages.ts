import type { Messages } from '../../../lib/core/translate'

type Key = 'contents' | 'printedFrom'

export const messages: Messages<Key> = {
  zh: {
    contents: '目录',
    printedFrom: '原文地址：{url}',
  },
  en: {
    contents: 'Contents',
    printedFrom: 'Read online: {url}',
  },
}
