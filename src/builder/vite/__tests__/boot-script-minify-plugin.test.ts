import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { minifyBootScript } from '../boot-script-minify-plugin'

const source = readFileSync(resolve(import.meta.dirname, '../../../../public/boot.js'), 'utf8')

/** Runs a boot script against a fake page; returns the root element's attributes and lang. */
function run(code: string, stored: Record<string, string>, html: Record<string, string> = {}) {
  const attrs: Record<string, string> = { ...html }
  const root = {
    lang: '',
    setAttribute: (k: string, v: string) => void (attrs[k] = v),
    getAttribute: (k: string) => attrs[k] ?? null,
  }
  const page = {
    documentElement: root,
    currentScript: { src: 'https://example.org/news/boot.js' },
  }
  const storage = { getItem: (k: string) => stored[k] ?? null }
  const location = { pathname: '/news/', search: '' }
  new Function('document', 'localStorage', 'location', code)(page, storage, location)
  return { attrs, lang: root.lang }
}

describe('the minified boot script', () => {
  it('is smaller', () => {
    const min = minifyBootScript(source)
    expect(gzipSync(min).length).toBeLessThan(gzipSync(source).length - 150)
  })

  it('does what public/boot.js does', () => {
    const min = minifyBootScript(source)
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{}, {}],
      [{ 'broadsheet.theme': 'dark', 'broadsheet.fontSize': '19', 'broadsheet.locale': 'en' }, {}],
      [{ 'broadsheet.theme': 'evil', 'broadsheet.fontSize': '99' }, {}],
      [{ 'broadsheet.locale': 'zh' }, { 'data-snapshot': 'zh' }],
      [{ 'broadsheet.locale': 'en' }, { 'data-snapshot': 'zh' }],
      [{}, { 'data-snapshot': 'en' }],
    ]
    for (const [stored, html] of cases)
      expect(run(min, stored, html)).toEqual(run(source, stored, html))
    expect(run(min, { 'broadsheet.theme': 'sepia' }, { 'data-snapshot': 'zh' }).attrs).toEqual({
      'data-theme': 'sepia',
      'data-snapshot': 'zh',
      'data-show-snapshot': '',
    })
  })
})
