import type { Messages } from '../../lib/i18n/locale'

export const messages: Messages<'share' | 'linkCopied' | 'copyFailed'> = {
  zh: { share: '分享', linkCopied: '链接已复制', copyFailed: '无法复制链接' },
  en: { share: 'Share', linkCopied: 'Link copied', copyFailed: 'Could not copy the link' },
}
