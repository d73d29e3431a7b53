// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { LocaleContext } from '../../../lib/i18n/locale'
import { ArticleBody } from '../components/article-body'

afterEach(cleanup)

function renderBody(html: string, headImageSrc?: string, locale: 'zh' | 'en' = 'zh') {
  const { container } = render(
    <LocaleContext.Provider value={{ locale, setLocale: () => {} }}>
      <ArticleBody html={html} headImageSrc={headImageSrc} />
    </LocaleContext.Provider>,
  )
  const body = container.querySelector('.article-body')
  if (!(body instanceof HTMLElement)) throw new Error('no body')
  return body
}

describe('ArticleBody', () => {
  it('removes scripts, handlers, javascript: links and style elements', () => {
    const body = renderBody(
      '<p>正文<script>window.pwned = 1</script></p>' +
        '<img src="https://example.com/a.jpg" onerror="window.pwned = 2" width="640" height="360">' +
        '<a href="javascript:alert(1)">click</a>' +
        '<style>body { display: none }</style>' +
        '<div onclick="evil()" style="position:fixed">text</div>',
    )
    expect(body.querySelector('script, style')).toBeNull()
    expect(body.innerHTML).not.toMatch(
      /onerror|onclick|javascript:|pwned|display: none|position:fixed/,
    )
    expect(body.textContent).toContain('正文')
    expect(body.textContent).toContain('click')
    expect((window as { pwned?: number }).pwned).toBeUndefined()
  })

  it('opens links in a new tab without referrer or opener', () => {
    const body = renderBody(
      '<p><a href="https://example.com/x">来源</a> <a href="#note">注</a></p>',
    )
    const [external, fragment] = Array.from(body.querySelectorAll('a'))
    expect(external?.getAttribute('target')).toBe('_blank')
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(fragment?.hasAttribute('target')).toBe(false)
  })

  it('gives images no-referrer and lazy loading', () => {
    const body = renderBody('<p><img src="https://n.sinaimg.cn/a.png" alt="图"></p><p>文字</p>')
    const img = body.querySelector('img')
    // jsdom loads no images, so an image is either still in the page or already a placeholder.
    if (img) {
      expect(img.getAttribute('referrerpolicy')).toBe('no-referrer')
      expect(img.getAttribute('loading')).toBe('lazy')
    } else {
      expect(body.querySelector('a.img-fallback')).not.toBeNull()
    }
  })

  it('replaces a broken image with a sized placeholder linking to the original', () => {
    const body = renderBody(
      '<p>前文</p><p><img src="https://img.example/b.jpg" width="800" height="600"></p>',
    )
    body.querySelector('img')?.dispatchEvent(new Event('error'))
    expect(body.querySelector('img')).toBeNull()
    const box = body.querySelector<HTMLAnchorElement>('a.img-fallback')
    expect(box?.getAttribute('href')).toBe('https://img.example/b.jpg')
    expect(box?.getAttribute('target')).toBe('_blank')
    expect(box?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(box?.textContent).toBe('图片无法加载 · 打开原图')
    expect(box?.style.aspectRatio).toBe('800 / 600')
  })

  it('also replaces an image that failed before the body was enhanced', () => {
    const complete = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'complete')
    Object.defineProperty(HTMLImageElement.prototype, 'complete', {
      configurable: true,
      get: () => true,
    })
    try {
      const body = renderBody(
        '<p><img src="https://img.example/early.jpg" width="600" height="400"></p>',
      )
      expect(body.querySelector('img')).toBeNull()
      expect(body.querySelector('a.img-fallback')?.getAttribute('href')).toBe(
        'https://img.example/early.jpg',
      )
    } finally {
      if (complete) Object.defineProperty(HTMLImageElement.prototype, 'complete', complete)
    }
  })

  it('labels the placeholder in English too, 16:9 when the size is unknown', () => {
    const body = renderBody('<p><img src="https://img.example/c.jpg"></p>', undefined, 'en')
    body.querySelector('img')?.dispatchEvent(new Event('error'))
    const box = body.querySelector<HTMLAnchorElement>('a.img-fallback')
    expect(box?.textContent).toBe('Image unavailable · Open original')
    expect(box?.style.aspectRatio).toBe('16 / 9')
  })

  it('hides the first body image when it repeats the header image', () => {
    const body = renderBody(
      '<p><img src="https://n.sinaimg.cn/head.png"></p><p>正文</p><p><img src="https://n.sinaimg.cn/other.png"></p>',
      'https://n.sinaimg.cn/head.png',
    )
    const first = body.querySelector('p')
    expect(first?.hidden).toBe(true)
    expect(body.querySelectorAll('p:not([hidden])')).toHaveLength(2)
  })

  it('wraps tables so they scroll sideways, and strips ideographic indents', () => {
    const body = renderBody('<p>\u3000\u3000第一段</p><table><tr><td>1</td></tr></table>')
    expect(body.querySelector('.table-scroll > table')).not.toBeNull()
    expect(body.querySelector('p')?.textContent).toBe('第一段')
  })
})
