// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { captionOf, collectGallery, markTriggers, triggerOf, unmarkTriggers } from '../gallery'

afterEach(() => document.body.replaceChildren())

const label = (caption: string) => (caption ? `Enlarge image: ${caption}` : 'Enlarge image')

/** An article as the view draws it, its pictures marked; the HTML is the test's own, parsed by jsdom. */
function article(body: string, hero = '') {
  const root = document.createElement('article')
  const parsed = new DOMParser().parseFromString(
    `<figure class="article-hero">${hero}</figure><div class="article-body">${body}</div>`,
    'text/html',
  )
  root.append(...parsed.body.childNodes)
  document.body.append(root)
  markTriggers(root, label)
  return root
}
const srcs = (root: HTMLElement) => collectGallery(root).map((img) => img.getAttribute('src'))

describe('collectGallery', () => {
  it('puts the header image first, then the body’s pictures in order', () => {
    const root = article(
      '<p><img src="/a.jpg" alt="A"></p><img src="/b.jpg" alt="B">',
      '<img src="/h.jpg">',
    )
    expect(srcs(root)).toEqual(['/h.jpg', '/a.jpg', '/b.jpg'])
  })
  it('leaves out hidden pictures, icons and pictures that link elsewhere', () => {
    const root = article(
      '<p hidden><img src="/dup.jpg"></p><img src="/icon.png" width="16" height="16">' +
        '<a href="https://example.com/story"><img src="/promo.jpg"></a><img src="/kept.jpg">',
    )
    expect(srcs(root)).toEqual(['/kept.jpg'])
  })
  it('stops at 500 pictures', () => {
    const root = article('<img src="/p.jpg" alt="P">'.repeat(501))
    expect(collectGallery(root)).toHaveLength(500)
    expect(root.querySelectorAll('[data-lightbox]')).toHaveLength(500)
  })
  it('takes a picture inside a link to the picture, and the link is what opens it', () => {
    const root = article('<a href="/full.jpg"><img src="/thumb.jpg" alt="T"></a>')
    const [img] = collectGallery(root)
    expect(triggerOf(img!)).toBe(root.querySelector('a'))
  })
})

describe('captionOf', () => {
  it('prefers the figure’s caption, then alt, then title', () => {
    const root = article(
      '<figure><img src="/a.jpg" alt="alt A"><figcaption> Caption A </figcaption></figure>' +
        '<img src="/b.jpg" alt="alt B" title="title B"><img src="/c.jpg" alt="" title="title C">',
    )
    expect(collectGallery(root).map(captionOf)).toEqual(['Caption A', 'alt B', 'title C'])
  })
  it('does not give one caption to every picture of a gallery figure', () => {
    const root = article(
      '<figure><img src="/a.jpg" alt="one"><img src="/b.jpg" alt="two"><figcaption>All</figcaption></figure>',
    )
    expect(collectGallery(root).map(captionOf)).toEqual(['one', 'two'])
  })
})

describe('markTriggers', () => {
  it('makes each picture a named button in the Tab order', () => {
    const root = article('<figure><img src="/a.jpg" alt=""><figcaption>Port</figcaption></figure>')
    const img = root.querySelector('img')!
    expect([img.getAttribute('role'), img.tabIndex, img.getAttribute('aria-label')]).toEqual([
      'button',
      0,
      'Enlarge image: Port',
    ])
    // An empty alt would declare the button decorative.
    expect(img.alt).toBe('Port')
  })
  it('names an unnamed picture without inventing a caption for it, again and again', () => {
    const root = article('', '<img src="/h.jpg" alt="">')
    markTriggers(root, label)
    const img = root.querySelector('img')!
    expect([img.getAttribute('aria-label'), img.alt, captionOf(img)]).toEqual([
      'Enlarge image',
      'Enlarge image',
      '',
    ])
  })
  it('names the link around a linked picture and leaves the picture alone', () => {
    const root = article('<a href="/full.jpg"><img src="/full.jpg" alt="Desk"></a>')
    const link = root.querySelector('a')!
    expect(link.getAttribute('aria-label')).toBe('Enlarge image: Desk')
    expect(link.hasAttribute('data-lightbox')).toBe(true)
    expect(root.querySelector('img')!.hasAttribute('role')).toBe(false)
  })
})

describe('unmarkTriggers', () => {
  it('leaves the pictures as the article drew them: no names, roles or alts of its own', () => {
    const body =
      '<figure><img src="/a.jpg"><figcaption>码头</figcaption></figure>' +
      '<p><img src="/b.jpg" alt=""></p><a href="/c.jpg"><img src="/c.jpg" alt="C"></a>'
    const drawn = new DOMParser().parseFromString(
      `<article><figure class="article-hero"></figure><div class="article-body">${body}</div></article>`,
      'text/html',
    ).body.firstElementChild!
    const root = article(body)
    expect(root.querySelectorAll('[data-lightbox]')).toHaveLength(3)
    unmarkTriggers(root)
    expect(root.isEqualNode(drawn)).toBe(true)
  })
})
