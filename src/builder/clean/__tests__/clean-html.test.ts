import { readFileSync, readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanArticleHtml } from '../clean-html'
import { chooseHeaderImage } from '../header-image'

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

const QR = 'https://n.sinaimg.cn/finance/qr/20200514/0001.png'

describe('cleanArticleHtml: a Sina-shaped body', () => {
  const result = cleanArticleHtml(fixture('sina-seed-shape.html'))

  it('removes the QR box, its style block, comments and the editor line', () => {
    expect(result.html).not.toMatch(/appendQr|<style|<!--|责任编辑|新浪财经APP/)
    expect(result.text).not.toMatch(/appendQr|责任编辑|新浪财经APP/)
  })

  it('extracts the editor without the staff code', () => {
    expect(result.editor).toBe('周青禾')
  })

  it('shows Hexo-escaped braces as braces', () => {
    expect(result.html).toContain('{日期, 座位号}')
    expect(result.text).toContain('{日期, 座位号}')
  })

  it('strips full-width indentation and drops the empty paragraph', () => {
    expect(result.html).not.toMatch(/<p>[\s\u3000]/)
    expect(result.html.match(/<p>/g)).toHaveLength(4)
    expect(result.text.split('\n')[0]).toBe('江城图书馆夜间开放延长至22点 新增自助借还区')
  })

  it('records the QR image, so a headimg equal to it gives no header image', () => {
    expect(result.removedImages).toEqual([QR])
    expect(result.images).toEqual([])
    expect(
      chooseHeaderImage({ headimg: QR, thumbnail: QR.replace('https:', 'http:') }, result),
    ).toBeUndefined()
  })
})

describe('cleanArticleHtml: repairs', () => {
  it('turns Sina image wrappers into figures', () => {
    const { html, images } = cleanArticleHtml(
      '<div class="img_wrapper"><img id="0" src="https://n.sinaimg.cn/news/1/w600h400/a.jpg" alt="湖边"><span class="img_descr">湖边的清晨</span></div>' +
        '<div class="img_wrapper"><img id="1" src="https://img.example/b.jpg" alt><span class="img_descr"></span></div>',
    )
    expect(html).toBe(
      '<figure><img src="https://n.sinaimg.cn/news/1/w600h400/a.jpg" alt="湖边" width="600" height="400" referrerpolicy="no-referrer" loading="lazy"><figcaption>湖边的清晨</figcaption></figure>' +
        '<figure><img src="https://img.example/b.jpg" alt="" referrerpolicy="no-referrer" loading="lazy"></figure>',
    )
    expect(images).toEqual([
      {
        src: 'https://n.sinaimg.cn/news/1/w600h400/a.jpg',
        width: 600,
        height: 400,
        caption: '湖边的清晨',
      },
      { src: 'https://img.example/b.jpg' },
    ])
  })

  it('turns Sina bold fonts into strong and unwraps other fonts', () => {
    const { html } = cleanArticleHtml(
      '<p>　　<font cms-style="font-L strong-Bold">重点</font>与<font color="#808080" size="2">灰字</font></p>',
    )
    expect(html).toBe('<p><strong>重点</strong>与灰字</p>')
  })

  it('promotes lazy-loading sources and makes protocol-relative URLs https', () => {
    const { images } = cleanArticleHtml(
      '<img data-src="//img.example/lazy.jpg">' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-original="https://img.example/orig.png">' +
        '<img src="https://img.example/thumb.jpg" data-original="https://img.example/full.jpg">' +
        '<img src="https://img.example/grey.gif" data-lazy-src="https://img.example/real.webp">' +
        '<img alt="没有地址">',
    )
    expect(images.map((i) => i.src)).toEqual([
      'https://img.example/lazy.jpg',
      'https://img.example/orig.png',
      'https://img.example/thumb.jpg',
      'https://img.example/real.webp',
    ])
  })

  it('removes tracking pixels and reports them', () => {
    const { html, removedImages } = cleanArticleHtml(
      '<p>正文<img src="https://stats.example/t.gif?id=1" width="1" height="1"></p>' +
        '<img src="https://feeds.feedburner.com/~r/blog/~4/abc" height="1" width="1">' +
        '<img src="https://pixel.wp.com/g.gif?blog=1">',
    )
    expect(html).toBe('<p>正文</p>')
    expect(removedImages).toHaveLength(3)
  })

  it('removes empty paragraphs but keeps paragraphs holding media', () => {
    const { html } = cleanArticleHtml(
      '<p>　　</p><p><br></p><p>&nbsp;</p><p><span> </span></p><p><img src="https://img.example/a.png"></p><p>字</p>',
    )
    expect(html).toBe(
      '<p><img src="https://img.example/a.png" referrerpolicy="no-referrer" loading="lazy"></p><p>字</p>',
    )
  })

  it('reads sizes carried in image URLs but keeps explicit sizes', () => {
    const { images } = cleanArticleHtml(
      '<img src="https://n.sinaimg.cn/transform/w478h254/20220101/x.jpg">' +
        '<img src="https://img.example/pic_w640h360.jpg">' +
        '<img src="https://img.example/w100h100/y.jpg" width="50" height="50">' +
        '<img src="https://img.example/news/show100.jpg">',
    )
    expect(images.map(({ width, height }) => [width, height])).toEqual([
      [478, 254],
      [640, 360],
      [50, 50],
      [undefined, undefined],
    ])
  })

  it('keeps an allowlisted player sandboxed and drops any other iframe', () => {
    const { html } = cleanArticleHtml(
      '<iframe src="//player.bilibili.com/player.html?aid=42&page=1" width="650" height="477" scrolling="no" frameborder="no" allowfullscreen="true"></iframe>' +
        '<iframe src="https://evil.example/embed"></iframe>',
    )
    expect(html).toContain('src="https://player.bilibili.com/player.html?aid=42&amp;page=1"')
    expect(html).toContain(
      'sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"',
    )
    expect(html).not.toContain('evil')
  })
})

describe('cleanArticleHtml: code', () => {
  it('keeps an escaped <script> in a code block as text, and literal braces', () => {
    const { html, text } = cleanArticleHtml(
      '<pre><code>&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;\nif (ok) { run() }</code></pre>',
    )
    expect(html).toBe(
      '<pre><code>&lt;script&gt;alert("hi")&lt;/script&gt;\nif (ok) { run() }</code></pre>',
    )
    expect(text).toContain('<script>alert("hi")</script>')
  })

  it('turns markup left unescaped in a code block back into text', () => {
    const { html, text } = cleanArticleHtml(
      '<pre><code class="copyable"><template>\n  <div :title="msg">&#123;&#123; msg &#125;&#125;</div>\n</template>\n' +
        '<script>\nexport default &#123; name: "Demo" &#125;\n</script>\n<span class="copy-code-btn">复制代码</span></code></pre>',
    )
    expect(text).toContain('<template>\n<div :title="msg">{{ msg }}</div>\n</template>')
    expect(text).toContain('<script>\nexport default { name: "Demo" }\n</script>')
    expect(html).not.toMatch(/<script|<template|复制代码/)
  })
})

describe('cleanArticleHtml: boilerplate by words', () => {
  it('removes short calls to action and a class-less editor line', () => {
    const { html, editor } = cleanArticleHtml(
      '<p>　　正文第一段。</p><p>扫描下方二维码，关注我们获取更多资讯</p><p>下载某某新闻APP，阅读更多</p><p>　　编辑：林小舟</p>',
    )
    expect(html).toBe('<p>正文第一段。</p>')
    expect(editor).toBe('林小舟')
  })

  it('keeps real content that mentions QR codes or official accounts', () => {
    const long =
      '\u3000\u3000记者注意到，该机构的微信公众号已于上月停止更新，此前发布的扫描二维码领取补贴的消息也被证实为虚假信息，警方提醒市民不要轻信来路不明的链接。'
    const { html } = cleanArticleHtml(`<p>${long}</p><p>\u3000\u3000APP下载请扫描二维码：</p>`)
    expect(html).toContain('该机构的微信公众号')
    expect(html).toContain('APP下载请扫描二维码：')
  })

  it('keeps a post whose only line reads like a call to action', () => {
    expect(cleanArticleHtml('<div><p>下载新版客户端，体验夜间模式</p></div>').text).toBe(
      '下载新版客户端，体验夜间模式',
    )
  })
})

describe('cleanArticleHtml: hostile input', () => {
  it('flattens 10,000 levels of nesting without overflowing the stack', () => {
    const html = '<div>'.repeat(10_000) + '<p>深处的字</p>' + '</div>'.repeat(10_000)
    const result = cleanArticleHtml(html)
    expect(result.text).toBe('深处的字')
    expect(result.warnings.join()).toMatch(/flattened/)
  })

  it('drops a script nested too deep with its code, as the sanitizer does, instead of showing it', () => {
    const html =
      '<div>'.repeat(100) + '<script>alert(1)</script><style>p{}</style>字' + '</div>'.repeat(100)
    const result = cleanArticleHtml(html)
    expect(result.text).toBe('字')
    expect(result.html).not.toMatch(/alert|p\{\}/)
  })

  it('warns about scripts and event handlers it removed', () => {
    const { html, warnings } = cleanArticleHtml(
      '<p onclick="steal()">字</p><script>steal()</script>',
    )
    expect(html).toBe('<p>字</p>')
    expect(warnings).toHaveLength(2)
  })

  it('handles plain text bodies', () => {
    const { html, text } = cleanArticleHtml('第一行\n第二行 & 更多')
    expect(html).toBe('第一行\n第二行 &amp; 更多')
    expect(text).toBe('第一行\n第二行 & 更多')
  })
})

// The real archive, when the shared folder sits next to the project.
const SHARED = path.resolve(process.cwd(), '../shared')

/** The body after the front matter: everything after the second `---` line. */
function bodyOf(file: string): string {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const fences = lines.flatMap((line, i) => (line.trim() === '---' ? [i] : []))
  return lines.slice((fences[1] ?? -1) + 1).join('\n')
}

describe.skipIf(!existsSync(path.join(SHARED, 'seed')))('the seed post', () => {
  it('cleans the real Sina body', () => {
    const dir = path.join(SHARED, 'seed')
    const file = readdirSync(dir).find((name) => name.endsWith('.md'))
    const result = cleanArticleHtml(bodyOf(path.join(dir, file ?? '')))
    expect(result.html).not.toMatch(/appendQr|<style|责任编辑/)
    expect(result.editor).toBe('梁斌')
    expect(result.text).toContain('深圳')
  })
})

describe.skipIf(!existsSync(path.join(SHARED, 'corpus/posts')))('the corpus', () => {
  it('cleans every body without throwing or leaving active content', () => {
    const root = path.join(SHARED, 'corpus/posts')
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.md'),
    )
    expect(files.length).toBeGreaterThan(300)
    for (const file of files) {
      const { html } = cleanArticleHtml(bodyOf(path.join(root, file)))
      expect(html, file).not.toMatch(/<script|<style|javascript:/i)
      // Handlers inside tags; text such as "onlinePreview=true" in a code block is fine.
      expect(html, file).not.toMatch(/<[^>]*\son\w+\s*=/i)
    }
  })
})
