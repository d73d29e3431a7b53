// Applies the reader's theme, text size and language before the first paint.
// External (not inline) because the Content-Security-Policy forbids inline scripts.
// Keys match src/features/settings/settings-store.ts.
;(function () {
  try {
    var d = document.documentElement
    var s = window.localStorage
    var theme = s.getItem('broadsheet.theme')
    var size = s.getItem('broadsheet.fontSize')
    var locale = s.getItem('broadsheet.locale')
    if (theme === 'light' || theme === 'sepia' || theme === 'dark')
      d.setAttribute('data-theme', theme)
    if (size === '15' || size === '17' || size === '19' || size === '21')
      d.setAttribute('data-font-size', size)
    if (locale === 'zh') d.lang = 'zh-CN'
    else if (locale === 'en') d.lang = 'en'
  } catch {
    // Storage disabled: the defaults stand.
  }
})()
