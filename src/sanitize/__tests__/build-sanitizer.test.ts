import { describe, expect, it } from 'vitest'
import { parseDocument } from 'htmlparser2'
import { sanitizeHtml, sanitizeTree, serializeNodes } from '../build-sanitizer'
import { VECTORS } from '../../../test-support/hostile/vectors'

describe('build-time sanitizer: hostile vectors', () => {
  it.each(VECTORS)('$name', ({ html, forbidden, expect: survivors = [] }) => {
    const out = sanitizeHtml(html)
    for (const pattern of forbidden) expect(out).not.toMatch(pattern)
    for (const text of survivors) expect(out).toContain(text)
    // mXSS guard: what we print must parse back to exactly the same thing.
    expect(sanitizeHtml(out)).toBe(out)
  })
})

describe('build-time sanitizer: safe content', () => {
  it('keeps text, an allowlisted player and images', () => {
    const out = sanitizeHtml(
      '<div><p>第一段 &amp; 更多</p><iframe src="https://player.bilibili.com/player.html?aid=1" allowfullscreen="true" frameborder="no"></iframe><img src="//img.example/a.jpg" alt="图"></div>',
    )
    expect(out).toBe(
      '<div><p>第一段 &amp; 更多</p><iframe src="https://player.bilibili.com/player.html?aid=1" allowfullscreen="" frameborder="0" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" allow="fullscreen; picture-in-picture; encrypted-media" loading="lazy" referrerpolicy="no-referrer"></iframe><img src="//img.example/a.jpg" alt="图" referrerpolicy="no-referrer" loading="lazy"></div>',
    )
  })

  it('unwraps harmless wrappers and keeps their text', () => {
    expect(
      sanitizeHtml('<font color="red">红</font><center>中</center><o:p>段</o:p><form>表</form>'),
    ).toBe('红中段表')
  })

  it('keeps literal braces and escaped markup as text', () => {
    const out = sanitizeHtml('<pre><code>if (a) { b() } &lt;script&gt;</code></pre>')
    expect(out).toBe('<pre><code>if (a) { b() } &lt;script&gt;</code></pre>')
  })

  it('drops fallback content inside players', () => {
    const out = sanitizeHtml(
      '<video src="https://cdn.example/v.mp4">旧浏览器<source src="https://cdn.example/v.webm" type="video/webm"></video>',
    )
    expect(out).toBe(
      '<video src="https://cdn.example/v.mp4" preload="none" controls=""><source src="https://cdn.example/v.webm" type="video/webm"></video>',
    )
  })

  it('sanitizes a subtree in place and keeps sibling links consistent', () => {
    const doc = parseDocument('<p>a<script>x</script><b onclick="y">b</b>c</p>')
    sanitizeTree(doc.children)
    const p = doc.children[0]!
    expect(serializeNodes(doc.children)).toBe('<p>a<b>b</b>c</p>')
    expect('children' in p && p.children.map((n) => n.next === null || n.next.prev === n)).toEqual([
      true,
      true,
      true,
    ])
  })
})

describe('build-time sanitizer: hostile sizes', () => {
  it('survives 10,000 levels of nesting by unwrapping the deep levels', () => {
    const html = '<div>'.repeat(10_000) + '深处' + '</div>'.repeat(10_000)
    const out = sanitizeHtml(html)
    expect(out).toContain('深处')
    expect(out.match(/<div>/g)?.length).toBe(64)
    expect(sanitizeHtml(out)).toBe(out)
  })

  it('processes 5 MB in linear time', () => {
    const chunk =
      '<p style="x">段落 <b>粗体</b> <img src="https://img.example/a.png" onerror="x"></p>\n'
    const html = chunk.repeat(Math.ceil(5_000_000 / chunk.length))
    const start = performance.now()
    const out = sanitizeHtml(html)
    expect(performance.now() - start).toBeLessThan(10_000)
    expect(out).not.toMatch(/onerror|style=/)
  })
})
