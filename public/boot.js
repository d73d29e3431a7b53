// Theme, text size, spacing, script, language before first paint (keys: src/lib/core/settings-storage.ts). Kept
// tiny and external: it blocks the first paint, and the CSP forbids inline scripts. Then, on the
// home page only, lets index.html's build-time snapshot show (data-snapshot: its locale), unless the
// page will keep room for a "continue reading" strip the snapshot does not have.
;(function (d, s, t, z, l, k, b, p, c, r) {
  try {
    s = localStorage
    t = s.getItem('broadsheet.theme')
    z = s.getItem('broadsheet.fontSize')
    l = s.getItem('broadsheet.locale')
    c = s.getItem('broadsheet.continue')
    if (/^(light|sepia|dark)$/.test(t)) d.setAttribute('data-theme', t)
    if (/^(15|17|19|21)$/.test(z)) d.setAttribute('data-font-size', z)
    if (s.getItem('broadsheet.spacing') == '1') d.setAttribute('data-spacing', '')
    if (l == 'zh') d.lang = 'zh-CN'
    else if (l == 'en') d.lang = 'en'
    r = s.getItem('broadsheet.script')
    if (/^han[st]$/.test(r)) {
      d.setAttribute('data-script', r)
      // The Chinese shown, for fonts; convert-page.ts puts data-lang back when the choice goes.
      if (d.lang != 'en') {
        d.setAttribute('data-lang', d.lang)
        d.lang = 'zh-' + (r == 'hant' ? 'Hant' : 'Hans')
      }
    }
  } catch {
    /* no storage: defaults */
  }
  try {
    k = d.getAttribute('data-snapshot')
    b = new URL('.', document.currentScript.src).pathname
    p = location.pathname
    if (k && (!l || l == k) && !c && p == b && !/[?&]page=/.test(location.search))
      d.setAttribute('data-show-snapshot', '')
  } catch {
    /* no snapshot */
  }
})(document.documentElement)
