// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { treeConverter } from './convert-tree'

const toTraditional = (text: string) => text.replaceAll('实践', '實踐').replaceAll('层', '層')

function page() {
  document.body.innerHTML =
    '<h1>顶层的实践</h1><p>正文<code>const 层 = 1</code>实践</p><pre>实践</pre><textarea>实践</textarea>'
  return document.body
}

describe('treeConverter', () => {
  it('converts the text a reader sees, never code, pre or what they type', () => {
    const tree = treeConverter(toTraditional)
    tree.convert(page())
    expect(document.querySelector('h1')?.textContent).toBe('顶層的實踐')
    expect(document.querySelector('p')?.textContent).toBe('正文const 层 = 1實踐')
    expect(document.querySelector('pre')?.textContent).toBe('实践')
    expect(document.querySelector('textarea')?.value).toBe('实践')
  })

  it('puts the text back, but not where the app has written something new since', () => {
    const tree = treeConverter(toTraditional)
    tree.convert(page())
    const h1 = document.querySelector('h1')!.firstChild as Text
    const p = document.querySelector('p')!.lastChild as Text
    p.data = '新的实践'
    tree.restore()
    expect(h1.data).toBe('顶层的实践')
    expect(p.data).toBe('新的实践')
  })

  it('converts a text node again when the app changes it, once', () => {
    let calls = 0
    const tree = treeConverter((text) => (calls++, toTraditional(text)))
    tree.convert(page())
    const h1 = document.querySelector('h1')!.firstChild as Text
    h1.data = '实践二'
    tree.convert(h1)
    tree.convert(h1)
    expect(h1.data).toBe('實踐二')
    expect(calls).toBe(4)
  })
})

describe('treeConverter, attributes', () => {
  it('converts the words in alt, title, aria-label and placeholder, and puts them back', () => {
    document.body.innerHTML =
      '<img alt="实践" src="x.png"><button aria-label="收藏：实践" data-x="实践"></button><input placeholder="层">'
    const tree = treeConverter(toTraditional)
    tree.convert(document)
    expect(document.querySelector('img')?.alt).toBe('實踐')
    const button = document.querySelector('button')!
    expect(button.getAttribute('aria-label')).toBe('收藏：實踐')
    expect(button.dataset.x).toBe('实践')
    expect(document.querySelector('input')?.placeholder).toBe('層')
    button.setAttribute('aria-label', '取消收藏：实践')
    tree.convertAttribute(button, 'aria-label')
    expect(button.getAttribute('aria-label')).toBe('取消收藏：實踐')
    tree.restore()
    expect(document.querySelector('img')?.alt).toBe('实践')
    expect(button.getAttribute('aria-label')).toBe('取消收藏：实践')
  })

  it('leaves an attribute it did not convert, and one the app changed since, as they are', () => {
    document.body.innerHTML = '<img alt="实践">'
    const img = document.querySelector('img')!
    const tree = treeConverter(toTraditional)
    tree.convert(img)
    img.alt = '新图'
    tree.restore()
    expect(img.alt).toBe('新图')
  })
})
