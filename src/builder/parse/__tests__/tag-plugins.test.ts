/**
 * Hexo's tag plugins, with the arguments its documentation (hexo.io/docs/tag-plugins) gives them,
 * rendered through the post body renderer.
 */
import { describe, expect, it } from 'vitest'
import { renderBody } from '../render-body'
import { articleId } from '../../write/hash'

function render(body: string) {
  const warnings: string[] = []
  const { html } = renderBody(body, {
    base: '/news/',
    permalink: '2021/01/02/post/',
    warn: (message) => warnings.push(message),
  })
  return { html, warnings }
}
const html = (body: string) => render(body).html

describe('blockquote', () => {
  it('renders the content as Markdown, with no footer without arguments', () => {
    expect(html('{% blockquote %}\nSome **bold** words.\n{% endblockquote %}')).toBe(
      '<blockquote><p>Some <strong>bold</strong> words.</p>\n</blockquote>',
    )
  })
  it('takes "author, source" and "author link title"', () => {
    expect(html('{% blockquote David Levithan, Wide Awake %}\nQ\n{% endblockquote %}')).toContain(
      '<footer><strong>David Levithan</strong><cite>Wide Awake</cite></footer>',
    )
    const linked = html(
      '{% blockquote @DevDocs https://twitter.com/devdocs/status/356 Tweet title %}\nQ\n{% endblockquote %}',
    )
    expect(linked).toContain(
      '<footer><strong>@DevDocs</strong><cite><a href="https://twitter.com/devdocs/status/356">Tweet title</a></cite></footer>',
    )
  })
})

describe('codeblock and code', () => {
  it('keeps the code as text, with title, link and marked lines', () => {
    const out = html(
      '{% codeblock _.compact http://underscorejs.org/#compact Underscore.js mark:2 %}\n_.compact([0, 1])\nx < y && {% tag %}\n{% endcodeblock %}',
    )
    expect(out).toBe(
      '<figure><figcaption><span>_.compact</span><a href="http://underscorejs.org/#compact">Underscore.js</a></figcaption>' +
        '<pre><code>_.compact([0, 1])\n<mark>x &lt; y &amp;&amp; {% tag %}</mark></code></pre></figure>',
    )
  })
  it('highlights the language it names', () => {
    expect(html('{% codeblock lang:js %}\nlet a\n{% endcodeblock %}')).toBe(
      '<pre><code><span class="hljs-keyword">let</span> a</code></pre>',
    )
  })
  it('renders `code` as `codeblock`, and a plain block as a bare pre', () => {
    expect(html('{% code %}\na = 1\n{% endcode %}')).toBe('<pre><code>a = 1</code></pre>')
  })
})

describe('embeds', () => {
  it('embeds YouTube (video, playlist, no-cookie) and Vimeo players', () => {
    expect(html('{% youtube lJIrF4YjHfQ %}')).toContain(
      'src="https://www.youtube.com/embed/lJIrF4YjHfQ"',
    )
    expect(html('{% youtube PL9hW1uS6HUfscJ9DHkOSoOX45MjXduUxo playlist %}')).toContain(
      'src="https://www.youtube.com/embed/videoseries?list=PL9hW1uS6HUfscJ9DHkOSoOX45MjXduUxo"',
    )
    expect(html('{% youtube lJIrF4YjHfQ video false %}')).toContain(
      'https://www.youtube-nocookie.com/embed/lJIrF4YjHfQ',
    )
    expect(html('{% vimeo 82090131 %}')).toContain('src="https://player.vimeo.com/video/82090131"')
  })
  it('embeds an allowed iframe, and links one the policy would drop', () => {
    expect(html('{% iframe https://player.bilibili.com/player.html?bvid=1 100% 400 %}')).toBe(
      '<iframe src="https://player.bilibili.com/player.html?bvid=1" title="player.bilibili.com" width="100%" height="400" allowfullscreen></iframe>',
    )
    expect(html('{% iframe https://example.com/widget %}')).toBe(
      '<p><a href="https://example.com/widget">https://example.com/widget</a></p>',
    )
  })
  it('links gists and fiddles: the CSP allows no scripts from their hosts', () => {
    expect(html('{% gist 4835441 gistfile1.txt %}')).toBe(
      '<p><a href="https://gist.github.com/4835441#file-gistfile1-txt">Gist: gistfile1.txt</a></p>',
    )
    expect(html('{% jsfiddle ccWP7 %}')).toBe(
      '<p><a href="https://jsfiddle.net/ccWP7/">JSFiddle: ccWP7</a></p>',
    )
  })
})

describe('images and links', () => {
  it('takes img classes, path, size, and "title" "alt"', () => {
    expect(html(`{% img [class names] /images/cat.jpg 200 100 '"A cat" "cat photo"' %}`)).toBe(
      '<p><img src="/news/images/cat.jpg" alt="cat photo" title="A cat" width="200" height="100"></p>',
    )
    expect(html('{% img http://example.com/a.png %}')).toBe(
      '<p><img src="http://example.com/a.png" alt></p>',
    )
  })
  it('resolves asset tags beside the post, and post tags to the reader', () => {
    expect(html('{% asset_img photo.jpg A photo %}')).toBe(
      '<p><img src="/news/2021/01/02/post/photo.jpg" alt="A photo" title="A photo"></p>',
    )
    expect(html('{% asset_path file.pdf %}')).toBe('<p>/news/2021/01/02/post/file.pdf</p>')
    expect(html('{% asset_link file.pdf The file %}')).toBe(
      '<p><a href="/news/2021/01/02/post/file.pdf">The file</a></p>',
    )
    const id = articleId('hello-world.md')
    expect(html('See {% post_link hello-world Hello %}.')).toBe(
      `<p>See <a href="/news/article/${id}">Hello</a>.</p>`,
    )
    expect(html('{% post_path hello-world %}')).toBe(`<p>/news/article/${id}</p>`)
  })
  it('takes link text, url, external and title', () => {
    expect(html('{% link Hexo docs https://hexo.io/docs true The docs %}')).toBe(
      '<p><a href="https://hexo.io/docs" title="The docs">Hexo docs</a></p>',
    )
  })
})

describe('notes, tabs, pullquote and raw', () => {
  it('renders a note as an aside, tabs as sections, a pullquote as a set-apart quote', () => {
    expect(html('{% note warning %}\nMind **this**.\n{% endnote %}')).toBe(
      '<aside><p>Mind <strong>this</strong>.</p>\n</aside>',
    )
    const tabs = html(
      '{% tabs Setup, 2 %}\n<!-- tab npm @fab fa-npm -->\nnpm i\n<!-- endtab -->\n<!-- tab -->\nyarn\n<!-- endtab -->\n{% endtabs %}',
    )
    expect(tabs).toBe(
      '<section><p><strong>npm</strong></p><p>npm i</p>\n</section>\n<section><p><strong>Setup 2</strong></p><p>yarn</p>\n</section>',
    )
    expect(html('{% pullquote %}\nQuoted.\n{% endpullquote %}')).toBe(
      '<aside><blockquote><p>Quoted.</p>\n</blockquote></aside>',
    )
  })
  it('keeps raw content as written, inside a sentence too', () => {
    expect(html('A {% raw %}{{ value }} {% tag %}{% endraw %} here.')).toBe(
      '<p>A {{ value }} {% tag %} here.</p>',
    )
  })
})

describe('what stays text', () => {
  it('keeps tags in fenced and inline code as text', () => {
    const out = html('```\n{% youtube x %}\n```\n\nSee `{% youtube x %}`.')
    expect(out).not.toContain('iframe')
    expect(out).toContain('{% youtube x %}')
  })
  it('keeps tags in the pre and code of an HTML body as text', () => {
    const out = html('<div><pre>{% youtube x %}</pre><p>{% vimeo 1 %}</p></div>')
    expect(out).toContain('<pre>{% youtube x %}</pre>')
    expect(out).toContain('player.vimeo.com')
  })
  it('leaves unknown, unclosed and stray end tags as text, each with a warning', () => {
    const { html: out, warnings } = render(
      'A {% mystery one %}.\n\n{% blockquote %}\nOpen.\n\n{% endnote %}',
    )
    expect(out).toContain('{% mystery one %}')
    expect(out).toContain('{% blockquote %}')
    expect(warnings).toEqual([
      'unknown tag plugin "mystery" left as text',
      '"{% blockquote %}" has no "{% endblockquote %}"; left as text',
      '"{% endnote %}" closes no open tag; left as text',
    ])
  })
  it('renders nested block tags', () => {
    expect(
      html('{% note %}\n{% blockquote A, B %}\nIn.\n{% endblockquote %}\n{% endnote %}'),
    ).toContain('<aside><blockquote><p>In.</p>\n<footer>')
  })
})
