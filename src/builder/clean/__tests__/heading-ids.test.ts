import { describe, expect, it } from 'vitest'
import { HEADING_ID_PATTERN } from '../../../sanitize/policy'
import { sanitizeHtml } from '../../../sanitize/build-sanitizer'
import { cleanArticleHtml } from '../clean-html'
import { headingIds, headingSlug } from '../heading-ids'

const idsOf = (html: string) => [...html.matchAll(/<h[1-6] id="([^"]*)"/g)].map((m) => m[1])

describe('headingSlug', () => {
  it('keeps Chinese readable and drops its punctuation', () => {
    expect(headingSlug('它为什么“不伤眼”')).toBe('它为什么不伤眼')
    expect(headingSlug('顶层 await 会阻塞谁？')).toBe('顶层-await-会阻塞谁')
    expect(headingSlug('把书拆成「一站一节」')).toBe('把书拆成一站一节')
  })

  it('writes Latin as GitHub does: lower case, hyphens for spaces', () => {
    expect(headingSlug('When they do not')).toBe('when-they-do-not')
    expect(headingSlug('  A  minimal   example!  ')).toBe('a-minimal-example')
    expect(headingSlug('C++ & Node.js: 2022')).toBe('c-nodejs-2022')
  })

  it('folds full-width Latin and digits (NFKC)', () => {
    expect(headingSlug('ＡＢＣ　１２３')).toBe('abc-123')
  })

  it('is empty for a heading without letters or digits', () => {
    expect(headingSlug('🎉 —— ！！')).toBe('')
    expect(headingSlug('- - -')).toBe('')
  })

  it('drops invisible and control characters', () => {
    expect(headingSlug('a\u200bb\u202ec\u0000d\ufeff')).toBe('abcd')
  })

  it('cuts a long heading at 48 code points, never on a hyphen', () => {
    const slug = headingSlug('长'.repeat(47) + ' 尾巴很长很长')
    expect([...slug]).toHaveLength(47)
    expect(slug).not.toMatch(/-$/)
    expect([...headingSlug('字'.repeat(10_000))]).toHaveLength(48)
  })
})

describe('headingIds', () => {
  it('gives the same ids for the same headings, build after build', () => {
    const texts = ['本期导读', '深度文章', '顶层 await 会阻塞谁？']
    expect(headingIds(texts)).toEqual(['h-本期导读', 'h-深度文章', 'h-顶层-await-会阻塞谁'])
    expect(headingIds([...texts])).toEqual(headingIds(texts))
  })

  it('numbers repeats -2, -3, and moves past a number that is taken', () => {
    expect(headingIds(['小结', '小结', '小结'])).toEqual(['h-小结', 'h-小结-2', 'h-小结-3'])
    expect(headingIds(['a', 'a-2', 'a', 'A'])).toEqual(['h-a', 'h-a-2', 'h-a-3', 'h-a-4'])
    expect(headingIds(['🎉', '？'])).toEqual(['h-section', 'h-section-2'])
  })

  it('gives ids the sanitizer keeps, whatever the text', () => {
    const hostile = [
      '__proto__',
      'constructor',
      'location',
      '"><script>alert(1)</script>',
      'javascript:alert(1)',
      '\u0000\u0001',
      '字'.repeat(500),
      ...Array.from({ length: 120 }, () => '重复'),
    ]
    const ids = headingIds(hostile)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(HEADING_ID_PATTERN)
    expect(ids.slice(0, 3)).toEqual(['h-__proto__', 'h-constructor', 'h-location'])
    expect(ids[3]).toBe('h-scriptalert1script')
  })
})

describe('cleanArticleHtml: heading anchors', () => {
  it('gives every heading an id and replaces the source’s own', () => {
    const { html } = cleanArticleHtml(
      '<h2 id="location">背景</h2><p>正文</p><h3 id="h-x">细节</h3><p>正文</p><h2>背景</h2><p id="cookie">尾</p>',
    )
    expect(idsOf(html)).toEqual(['h-背景', 'h-细节', 'h-背景-2'])
    expect(html).not.toContain('id="location"')
    expect(html).not.toContain('id="cookie"')
  })

  it('leaves a heading inside code as text, without an id', () => {
    const { html } = cleanArticleHtml('<pre><code>&lt;h2&gt;x&lt;/h2&gt;</code></pre><h2>真的</h2>')
    expect(idsOf(html)).toEqual(['h-真的'])
  })

  it('gives no id to a heading that repeats the title and is dropped', () => {
    const { html } = cleanArticleHtml('<h2>标题</h2><h2>第一节</h2>', { title: '标题' })
    expect(idsOf(html)).toEqual(['h-第一节'])
  })
})

describe('the sanitizer and heading ids', () => {
  it('keeps an id of the anchor shape on a heading only', () => {
    expect(sanitizeHtml('<h2 id="h-背景">x</h2>')).toBe('<h2 id="h-背景">x</h2>')
    expect(sanitizeHtml('<p id="h-背景">x</p><div id="h-a">y</div>')).toBe('<p>x</p><div>y</div>')
  })

  it('drops any other id on a heading, clobbering names first', () => {
    for (const id of ['location', 'cookie', 'root', 'main', 'h-', 'h-a b', 'h-a"b', 'H-a', 'h-a.b'])
      expect(sanitizeHtml(`<h2 id="${id.replace(/"/g, '&quot;')}">x</h2>`)).toBe('<h2>x</h2>')
  })
})
