import type { Messages } from '../../lib/i18n/locale'

/** The masthead's settings button, which every page shows; the panel's strings are in messages.ts. */
export const menuMessages: Messages<'settings'> = {
  zh: { settings: '设置' },
  en: { settings: 'Settings' },
}
