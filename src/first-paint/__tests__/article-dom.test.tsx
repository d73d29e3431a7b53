// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppSkeleton } from '../../app/app-skeleton'
import type { Article, DateEvidence, SiteInfo } from '../../bundle/format'
import { FORMAT_VERSION } from '../../bundle/format'
import { ArticleView } from '../../features/article/components/article-view'
import type { Locale } from '../../lib/core/translate'
import { LocaleContext } from '../../lib/i18n/locale'
import { queryClient } from '../../lib/query-client'
import { articleView, firstScreen, shell } from '../article-dom'
import { unmarkTriggers } from '../../features/article/reading-aids/lightbox/gallery'

// The first paint is only worth having if the app's render takes exactly its boxes: these hold
// its DOM to what the React components render, element for element and attribute for attribute.

// The footer sits below the first screen and is not part of the first paint.
vi.mock('../../features/article/components/article-footer', () => ({ ArticleFooter: () => null }))

afterEach(cleanup)

const site: SiteInfo = {
  title: '新闻归档',
  language: 'zh-CN',
  timezone: 'Asia/Shanghai',
  permalink: '',
}

const full: Article = {
  format: FORMAT_VERSION,
  id: 'a1',
  title: '岁末年初港口集装箱吞吐量稳中有升',
  date: '2022-01-06T02:11:00.000Z',
  categories: [
    ['金融', '新浪财经', '新浪财经－国内'],
    ['科技', '少数派'],
  ],
  tags: ['港口'],
  author: '新浪财经',
  editor: '林知远',
  headImage: {
    src: 'https://example.com/head.jpg',
    width: 640,
    height: 360,
    caption: '港口 · 岁末',
  },
  permalink: '2022/01/06/x/',
  textLength: 900,
  html:
    '<div><p>\u3000\u3000本报讯 记者近日从多个沿海港口了解到，外贸集装箱航线运行总体平稳。</p>' +
    '<p><img src="https://example.com/head.jpg"></p><p></p>' +
    '<p><strong>“今年的旺季比往年来得更早。”</strong>一家企业负责人介绍。</p>' +
    '<figure><img src="https://example.com/b.jpg" width="640" height="360"><figcaption>码头</figcaption></figure>' +
    '<table><tr><td>1</td></tr></table><p><a href="https://example.com/src">来源</a></p></div>',
}

const cases: [string, Article, Locale][] = [
  ['a full article', full, 'zh'],
  [
    'no header image, author or second category',
    { ...full, headImage: undefined, author: undefined, categories: [full.categories[0] ?? []] },
    'zh',
  ],
  [
    'no categories at all, in English',
    { ...full, categories: [], title: 'The quiet return of RSS readers' },
    'en',
  ],
  [
    'a placeholder header image',
    { ...full, headImage: { src: 'https://picsum.photos/640/360' } },
    'zh',
  ],
  ['an invalid date', { ...full, date: 'Invalid Date' }, 'en'],
  [
    'headings enough for the contents, a level down too',
    {
      ...full,
      html:
        '<h2 id="h-背景">背景</h2><p>一。</p><h3 id="h-细节">细 节</h3><p>二。</p>' +
        '<h2 id="h-展望">展望</h2><p>三。</p><h4>无锚</h4>',
    },
    'zh',
  ],
  ['two headings: no contents', { ...full, html: '<h2 id="h-a">a</h2><h2 id="h-b">b</h2>' }, 'en'],
  ['a date estimated from its URLs', { ...full, dateEstimated: 'url' }, 'zh'],
  [
    'a date estimated from evidence this app does not know',
    { ...full, dateEstimated: 'x' as string as DateEvidence },
    'en',
  ],
]

/** React Router marks links for lazy route discovery; the first paint's links are never clicked. */
function normalize(node: Element): Element {
  const copy = node.cloneNode(true) as Element
  for (const el of copy.querySelectorAll('[data-discover]')) el.removeAttribute('data-discover')
  return copy
}

function renderApp(ui: React.ReactNode, locale: Locale) {
  return render(
    <QueryClientProvider client={queryClient}>
      <LocaleContext.Provider value={{ locale, setLocale: () => {} }}>
        <MemoryRouter>{ui}</MemoryRouter>
      </LocaleContext.Provider>
    </QueryClientProvider>,
  )
}

describe('the article first paint', () => {
  for (const [name, article, locale] of cases)
    it(`draws what ArticleView renders: ${name}`, async () => {
      const { container } = renderApp(
        <ArticleView article={article} site={site} context={{ kind: 'latest' }} />,
        locale,
      )
      const app = container.querySelector('article')
      expect(app).not.toBeNull()
      // The lightbox's marks come after the render, on pictures already in their boxes: names
      // and focus for the keyboard, nothing the first paint must draw.
      unmarkTriggers(app as Element)
      const painted = await articleView(article, site, locale)
      const expected = normalize(app as Element)
      if (!painted.isEqualNode(expected)) expect(painted.outerHTML).toBe(expected.outerHTML)
      expect(painted.isEqualNode(expected)).toBe(true)
    })

  for (const wide of [true, false])
    it(`sits in AppSkeleton's layout (${wide ? 'wide' : 'phone'})`, () => {
      vi.stubGlobal('matchMedia', (query: string) => ({
        matches: wide,
        media: query,
        addEventListener: () => {},
        removeEventListener: () => {},
      }))
      const { container } = renderApp(<AppSkeleton />, 'zh')
      vi.unstubAllGlobals()
      const app = normalize(container.querySelector('.app') as Element)
      // The app's main holds a page skeleton; the first paint's, the article (and no landmark).
      const main = app.querySelector('main') as Element
      const column = document.createElement('div')
      column.className = 'col-main'
      main.replaceWith(column)
      const painted = shell(document.createDocumentFragment(), wide)
      if (!painted.isEqualNode(app)) expect(painted.outerHTML).toBe(app.outerHTML)
      expect(painted.isEqualNode(app)).toBe(true)
    })

  it('draws the first screen of a long body, cut before a tag and before any player', () => {
    const paragraph = `<p>${'字'.repeat(990)}</p>`
    const long = paragraph.repeat(40)
    const cut = firstScreen(long)
    expect(cut.length).toBeLessThan(long.length)
    expect(cut.length).toBeGreaterThanOrEqual(12_000)
    expect(long.startsWith(cut)).toBe(true)
    // Never inside a tag: the parser closes what is left open.
    expect(long[cut.length]).toBe('<')
    expect(
      firstScreen(`<p>a</p><iframe src="https://player.bilibili.com/x"></iframe><p>b</p>`),
    ).toBe('<p>a</p>')
    expect(firstScreen('<p>short</p>')).toBe('<p>short</p>')
  })
})
