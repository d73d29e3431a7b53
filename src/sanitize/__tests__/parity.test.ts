// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '../build-sanitizer'
import { sanitizeForRender } from '../dompurify'

/** Benign but rich inputs: both adapters must keep the same tags, attributes and text. */
const RICH_INPUTS: Record<string, string> = {
  text: '<h2 id="t">标题</h2><p class="lead" style="color:red">　　段落 <strong>粗</strong> <em>斜</em> <u>下</u> <s>删</s> <sub>1</sub><sup>2</sup> <small>小</small> <mark>亮</mark></p><blockquote><p>引用</p><cite>出处</cite></blockquote><hr>',
  inline:
    '<p><q>话</q> <abbr title="World Health Organization">WHO</abbr> <code>x &lt; y</code> <kbd>Ctrl</kbd> <samp>out</samp> <del datetime="2022-01-06">旧</del><ins>新</ins> 长<wbr>词 <ruby>汉<rp>(</rp><rt>hàn</rt><rp>)</rp></ruby> <time datetime="2022-01-06T00:01:41Z">1月6日</time> <span lang="en" dir="ltr">English</span></p>',
  lists:
    '<ul class="list-paddingleft-2"><li>一</li><li>二</li></ul><ol start="3" reversed type="a"><li>三</li></ol><dl><dt>术语</dt><dd>解释</dd></dl>',
  table:
    '<table border="1" cellpadding="2"><caption>表</caption><colgroup span="2"><col span="1"></colgroup><thead><tr><th scope="col" colspan="2">头</th></tr></thead><tbody><tr><td rowspan="2" align="center">格</td><td>格</td></tr></tbody><tfoot><tr><td>脚</td></tr></tfoot></table>',
  links:
    '<p><a href="https://example.com/a?b=1&amp;c=2" target="_self">外链</a> <a href="/local/page">站内</a> <a href="#note">脚注</a> <a href="mailto:editor@example.com">邮件</a> <a href="//cdn.example/x">协议相对</a></p>',
  media:
    '<figure><img src="https://img.example/a.jpg" alt="图" width="478" height="254" class="x" data-src="y"><figcaption>说明</figcaption></figure><video src="https://cdn.example/v.mp4" controls="controls" width="640"><source src="https://cdn.example/v.webm" type="video/webm"></video><audio src="https://cdn.example/a.mp3"></audio>',
  players:
    '<iframe src="//player.bilibili.com/player.html?aid=1&amp;high_quality=1" width="650" height="477" scrolling="no" border="0" frameborder="no" framespacing="0" allowfullscreen="true"></iframe><iframe src="https://player.youku.com/embed/XYZ==" allowfullscreen width="640" height="480" frameborder="0"></iframe><iframe width="640" height="360" src="https://player.vimeo.com/video/1" webkitallowfullscreen mozallowfullscreen allowfullscreen></iframe>',
  structure:
    '<section><header><h3>节</h3></header><article><div align="center"><span>块</span></div></article><aside>旁</aside><footer>尾</footer></section><details open><summary>摘要</summary>详情</details>',
  wrappers:
    '<p><font color="#808080" size="2">来源</font> <center>居中</center> <nobr>不换行</nobr> <big>大</big></p>',
}

function shape(html: string): { tags: string[]; text: string } {
  const body = new DOMParser().parseFromString(html, 'text/html').body
  const tags = new Set<string>()
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const name = el.localName
    tags.add(name)
    for (const attr of Array.from(el.attributes)) tags.add(`${name}[${attr.name}=${attr.value}]`)
  }
  return { tags: [...tags].sort(), text: (body.textContent ?? '').replace(/\s+/g, ' ').trim() }
}

describe('policy parity between the build-time and render-time adapters', () => {
  it.each(Object.entries(RICH_INPUTS))('%s', (_name, html) => {
    const built = shape(sanitizeHtml(html))
    const rendered = shape(sanitizeForRender(html))
    expect(built).toEqual(rendered)
    expect(built.tags.length).toBeGreaterThan(0)
  })

  it('the render-time pass leaves build-time output unchanged in shape', () => {
    for (const html of Object.values(RICH_INPUTS)) {
      const built = sanitizeHtml(html)
      expect(shape(sanitizeForRender(built))).toEqual(shape(built))
    }
  })
})
