import type { Messages } from '../../lib/i18n/locale'
import type { ImportProblem } from '../../lib/reading/reading-export'

export const dataMessages: Messages<
  | ImportProblem
  | 'legend'
  | 'export'
  | 'import'
  | 'clear'
  | 'confirmClear'
  | 'confirm'
  | 'cancel'
  | 'cleared'
  | 'exported'
  | 'imported'
> = {
  zh: {
    legend: '阅读数据',
    export: '导出',
    import: '导入',
    clear: '全部清除',
    confirmClear: '清除这台设备上的全部已读标记、阅读历史、收藏和阅读位置？此操作无法撤销。',
    confirm: '清除',
    cancel: '取消',
    cleared: '已读标记、阅读历史、收藏和阅读位置已清除',
    exported: '已导出 {read} 个已读标记、{history} 条阅读历史、{saved} 篇收藏',
    imported: '已导入：新增 {read} 个已读标记、{history} 条阅读历史、{saved} 篇收藏',
    'too-large': '文件太大，不是 Broadsheet 导出的阅读数据。没有做任何改动。',
    'not-json': '这个文件不是 JSON，无法导入。没有做任何改动。',
    'not-ours': '这个文件不是 Broadsheet 导出的阅读数据。没有做任何改动。',
    newer: '这个文件来自更新版本的 Broadsheet，请先更新。没有做任何改动。',
    malformed: '这个文件的内容有误，无法导入。没有做任何改动。',
  },
  en: {
    legend: 'Reading data',
    export: 'Export',
    import: 'Import',
    clear: 'Clear all',
    confirmClear:
      'Clear every read mark, all reading history, saved articles and reading places on this device? This cannot be undone.',
    confirm: 'Clear',
    cancel: 'Cancel',
    cleared: 'Read marks, reading history, saved articles and reading places cleared',
    exported: 'Exported {read} read marks, {history} history entries and {saved} saved articles',
    imported:
      'Imported: {read} new read marks, {history} new history entries and {saved} new saved articles',
    'too-large': 'The file is too large to be Broadsheet reading data. Nothing was changed.',
    'not-json': 'The file is not JSON and cannot be imported. Nothing was changed.',
    'not-ours': 'The file is not reading data exported by Broadsheet. Nothing was changed.',
    newer: 'The file comes from a newer Broadsheet; update first. Nothing was changed.',
    malformed: 'The file’s contents are not valid reading data. Nothing was changed.',
  },
}
