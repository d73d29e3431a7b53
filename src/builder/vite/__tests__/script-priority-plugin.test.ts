import { describe, expect, it } from 'vitest'
import { lowerScriptPriority } from '../script-priority-plugin'

describe('lowerScriptPriority', () => {
  it('lowers the module script and its preloads, and nothing else', () => {
    const html = [
      '<html><head>',
      '<link rel="stylesheet" href="/_app/index.css">',
      '<script type="module" crossorigin src="/_app/index.js"></script>',
      '<link rel="modulepreload" crossorigin href="/_app/common.js">',
      '<script type="module" async src="/_app/first-paint.js"></script>',
      '<script src="/boot.js"></script>',
      '</head><body></body></html>',
    ].join('')
    const out = lowerScriptPriority(html)
    expect(out).toContain(
      '<script type="module" crossorigin src="/_app/index.js" fetchpriority="low">',
    )
    expect(out).toContain(
      '<link rel="modulepreload" crossorigin href="/_app/common.js" fetchpriority="low">',
    )
    expect(out).toContain('<script type="module" async src="/_app/first-paint.js">')
    expect(out).toContain('<script src="/boot.js">')
    expect(out).toContain('<link rel="stylesheet" href="/_app/index.css">')
  })
})
