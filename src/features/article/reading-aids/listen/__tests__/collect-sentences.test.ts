// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { collectSentences } from '../collect-sentences'

function body(html: string) {
  const root = document.createElement('div')
  // A fixture string in a test: no sanitizer or Trusted Types involved.
  root.innerHTML = html
  document.body.replaceChildren(root)
  return root
}

describe('collectSentences', () => {
  it('reads blocks in order, sentence by sentence, across inline elements', () => {
    const root = body(
      '<h2>港口<em>忙碌</em></h2><p>　　吞吐量创新高。企业<strong>表示</strong>，\n将继续提升效率！</p>' +
        '<ul><li>第一项</li><li>第二项。</li></ul><blockquote><p>引文。</p></blockquote>',
    )
    const sentences = collectSentences(root, 'zh-CN')
    expect(sentences.map((s) => s.text)).toEqual([
      '港口忙碌',
      '吞吐量创新高。',
      '企业表示， 将继续提升效率！',
      '第一项',
      '第二项。',
      '引文。',
    ])
    // Each range covers its sentence in the page, across element boundaries.
    expect(sentences.map((s) => s.range.toString().replace(/\s+/g, ' '))).toEqual(
      sentences.map((s) => s.text),
    )
  })

  it('skips code blocks, hidden text and broken-image boxes, but keeps inline code', () => {
    const root = body(
      '<p>Run <code>npm ci</code> first.</p><pre><code>rm -rf /</code></pre>' +
        '<p hidden>Secret.</p><a class="img-fallback"><span>Image unavailable</span></a>' +
        '<p aria-hidden="true">Decor.</p><p>Done.</p>',
    )
    expect(collectSentences(root, 'en').map((s) => s.text)).toEqual(['Run npm ci first.', 'Done.'])
  })
})
