import type { Messages } from '../../lib/i18n/locale'

/** The settings panel's strings: it loads on first use, so they stay out of the shell. */
export const messages: Messages<
  | 'theme'
  | 'system'
  | 'light'
  | 'sepia'
  | 'dark'
  | 'fontSize'
  | 'size'
  | 'language'
  | 'close'
  | 'shortcuts'
  | 'spacing'
  | 'script'
  | 'written'
  | 'hans'
  | 'hant'
  | 'spacingOn'
  | 'shortcutsOn'
  | 'history'
  | 'saved'
> = {
  zh: {
    theme: '外观',
    system: '跟随系统',
    light: '浅色',
    sepia: '米黄',
    dark: '深色',
    fontSize: '字号',
    size: '{n} 像素',
    language: '界面语言',
    close: '关闭',
    shortcuts: '键盘',
    spacing: '排版',
    script: '简繁',
    written: '原文',
    hans: '简体',
    hant: '繁體',
    spacingOn: '中文与西文、数字之间留出间隙',
    shortcutsOn: '键盘快捷键（按 ? 查看）',
    history: '阅读历史',
    saved: '收藏',
  },
  en: {
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    sepia: 'Sepia',
    dark: 'Dark',
    fontSize: 'Text size',
    size: '{n} pixels',
    language: 'Language',
    close: 'Close',
    shortcuts: 'Keyboard',
    spacing: 'Typography',
    script: 'Chinese characters',
    written: 'As written',
    hans: 'Simplified',
    hant: 'Traditional',
    spacingOn: 'A thin space between Chinese and Latin letters or digits',
    shortcutsOn: 'Keyboard shortcuts (press ? to list them)',
    history: 'Reading history',
    saved: 'Saved articles',
  },
}
