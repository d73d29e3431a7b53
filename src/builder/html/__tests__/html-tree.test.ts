import { describe, expect, it } from 'vitest'
import { compileTemplate, findElement, HtmlEditor, matching, parseHtml } from '../html-tree'
import { element, openTag, renderHtml, wrapHtml } from '../markup'

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <!-- a comment -->
    <script src="/boot.js"></script>
    <script type="module" crossorigin src="/a.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`

describe('HtmlEditor', () => {
  it('changes only the bytes it edits', () => {
    const page = new HtmlEditor(PAGE)
    const head = page.find(matching('head'), '<head>')
    const boot = page.find(matching('script', { src: '/boot.js' }), 'boot.js')
    page.remove(boot, { spaceBefore: true })
    page.append(head, page.sourceOf(boot))
    page.insertAfter(page.find(matching('meta', { charset: true }), 'charset'), '<meta x>')
    page.insertBefore(page.find(matching('script', { type: 'module' }), 'module'), [
      element('link', { rel: 'preload', href: '/a&b', crossorigin: true }),
    ])
    page.setAttributes(page.find(matching('html'), '<html>'), { lang: 'en', 'data-x': 'a"b' })
    page.insertBefore(page.find(matching('div', { id: 'root' }), 'root'), '<p>before</p>')
    expect(page.toString()).toBe(`<!doctype html>
<html lang="en" data-x="a&quot;b">
  <head>
    <meta charset="UTF-8" /><meta x>
    <!-- a comment -->
    <link rel="preload" href="/a&amp;b" crossorigin><script type="module" crossorigin src="/a.js"></script>
  <script src="/boot.js"></script></head>
  <body><p>before</p><div id="root"></div></body>
</html>`)
  })

  it('leaves the page as it was without edits, and fails loudly on what is missing', () => {
    const page = new HtmlEditor(PAGE)
    expect(page.toString()).toBe(PAGE)
    expect(() => page.find(matching('title'), '<title>')).toThrow('no <title> found')
    const open = new HtmlEditor('<html><body><p>x</body></html>')
    expect(() => open.append(open.find(matching('p'), 'p'), 'y')).toThrow('no closing tag')
  })

  it('refuses overlapping edits', () => {
    const page = new HtmlEditor(PAGE)
    const body = page.find(matching('body'), '<body>')
    page.remove(body)
    page.insertBefore(page.find(matching('div', { id: 'root' }), 'root'), 'x')
    expect(() => page.toString()).toThrow('overlap')
  })
})

describe('compileTemplate', () => {
  it('writes the tree once, with holes in document order for each page to fill', () => {
    const page = parseHtml(
      '<html><head><title>T</title></head><body><div id="root"></div></body></html>',
    )
    const template = compileTemplate(page, {
      root: { replace: findElement(page, matching('div', { id: 'root' }), 'root') },
      head: { replace: findElement(page, matching('title'), '<title>') },
      end: { append: findElement(page, matching('head'), '<head>') },
    })
    expect(template.fill({ head: '<title>A</title>', end: '<link>', root: '<main></main>' })).toBe(
      '<html><head><title>A</title><link></head><body><main></main></body></html>',
    )
  })
})

describe('markup', () => {
  it('escapes text and attribute values, and leaves script text and UTF-8 as they are', () => {
    expect(renderHtml(element('title', {}, ['a < b & "c" 新闻']))).toBe(
      '<title>a &lt; b &amp; "c" 新闻</title>',
    )
    expect(renderHtml(element('meta', { content: '<b>"x"</b> & 新闻', gone: undefined }))).toBe(
      '<meta content="<b>&quot;x&quot;</b> &amp; 新闻">',
    )
    expect(renderHtml(element('script', { type: 'application/ld+json' }, ['{"a":"&"}']))).toBe(
      '<script type="application/ld+json">{"a":"&"}</script>',
    )
    expect(openTag('html', { lang: 'en' })).toBe('<html lang="en">')
    expect(wrapHtml('div', { id: 'x', inert: true }, '<img src="a"/>')).toBe(
      '<div id="x" inert><img src="a"/></div>',
    )
  })
})
