/**
 * The hostile corpus: hand-written vectors here, generated ones (a handler on every kept tag,
 * every URL attribute with every obfuscation) and more hand-written ones in the sibling files.
 */
import type { Vector } from './vector-kit'
import { ALERT, HANDLER, JS, NO_REFERRER, SANDBOX } from './vector-kit'
import { GENERATED } from './vectors-generated'
import { MORE } from './vectors-more'

// One vector per line reads as a table; Prettier would spread each over six lines.
// prettier-ignore
const HANDWRITTEN: Vector[] = [
  // Scripts
  { category: 'script', name: 'script element', html: '<p>安全的段落</p><script>alert(1)</script>', forbidden: [/<script/i, ALERT], expect: ['<p>安全的段落</p>'] },
  { category: 'script', name: 'script with src, upper case', html: '<SCRIPT SRC=//evil.example/x.js></SCRIPT><p>ok</p>', forbidden: [/<script/i, /evil/], expect: ['<p>ok</p>'] },
  { category: 'script', name: 'script split by a null byte', html: '<scr\u0000ipt>alert(1)</scr\u0000ipt>', forbidden: [/<scr/i] },
  // Event handlers
  { category: 'handler', name: 'img onerror', html: '<img src=x onerror=alert(1)>', forbidden: [HANDLER, ALERT], expect: [NO_REFERRER] },
  { category: 'handler', name: 'svg onload', html: '<svg onload=alert(1)><circle r=5></circle></svg><p>after</p>', forbidden: [/<svg/i, HANDLER], expect: ['after'] },
  { category: 'handler', name: 'body onload', html: '<body onload=alert(1)><p>正文</p></body>', forbidden: [/<body/i, HANDLER], expect: ['<p>正文</p>'] },
  { category: 'handler', name: 'a onmouseover', html: '<a href="https://example.com/" onmouseover="alert(1)">link</a>', forbidden: [HANDLER, ALERT], expect: ['rel="noopener noreferrer"', 'target="_blank"'] },
  { category: 'handler', name: 'div with slash-separated handlers', html: '<div/onclick=alert(1) onfocus = "alert(2)" tabindex=1>t</div>', forbidden: [HANDLER, /tabindex/], expect: ['t</div>'] },
  { category: 'handler', name: 'details ontoggle', html: '<details open ontoggle=alert(1)><summary>s</summary>x</details>', forbidden: [HANDLER, ALERT], expect: ['<summary>s</summary>'] },
  // javascript: URLs
  { category: 'url', name: 'javascript: href', html: '<a href="javascript:alert(1)">x</a>', forbidden: [JS, /href/], expect: ['>x</a>'] },
  { category: 'url', name: 'mixed-case scheme', html: '<a href="JaVaScRiPt:alert(1)">x</a>', forbidden: [/script:/i, /href/] },
  { category: 'url', name: 'tab entity inside scheme', html: '<a href="jav&#x09;ascript:alert(1)">x</a>', forbidden: [/ascript/i, /href/] },
  { category: 'url', name: 'newline inside scheme', html: '<a href="java\nscript:alert(1)">x</a>', forbidden: [/script:/i, /href/] },
  { category: 'url', name: 'decimal entities', html: '<a href="&#106;avascript:alert(1)">x</a>', forbidden: [/avascript/i, /href/] },
  { category: 'url', name: 'padded entities without semicolons', html: '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>', forbidden: [/javascript/i, ALERT] },
  { category: 'url', name: 'hex entities for the whole scheme', html: '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>', forbidden: [JS, /href/] },
  { category: 'url', name: 'named colon entity', html: '<a href="javascript&colon;alert(1)">x</a>', forbidden: [JS, /href/] },
  { category: 'url', name: 'leading control characters', html: '<a href=" &#14; javascript:alert(1)">x</a>', forbidden: [JS, /href/] },
  { category: 'url', name: 'zero-width space inside scheme', html: '<a href="java\u200bscript:alert(1)">x</a>', forbidden: [/script:/i] },
  // Other schemes
  { category: 'url', name: 'data: link', html: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', forbidden: [/data:/i] },
  { category: 'url', name: 'data: image', html: '<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">', forbidden: [/data:/i, /<img/i] },
  { category: 'url', name: 'vbscript: link', html: '<a href="vbscript:msgbox(1)">x</a>', forbidden: [/vbscript/i] },
  { category: 'url', name: 'video poster javascript:', html: '<video src="https://cdn.example/v.mp4" poster="javascript:alert(1)"></video>', forbidden: [JS, /poster/], expect: ['preload="none"', 'controls'] },
  // Foreign content and mXSS
  { category: 'mxss', name: 'svg style img', html: '<svg><style><img src=x onerror=alert(1)></style></svg>', forbidden: [HANDLER, /<svg/i, /<style/i] },
  { category: 'mxss', name: 'math mtext table mglyph style', html: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', forbidden: [HANDLER, /<math/i, /<mglyph/i, /<style/i] },
  { category: 'mxss', name: 'svg p style (DOMPurify 2.0.0 class)', html: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">', forbidden: [HANDLER, /<style/i, /\sid=/] },
  { category: 'mxss', name: 'form math mglyph (DOMPurify 2.0.17 class)', html: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', forbidden: [HANDLER, /<math/i, /<form/i] },
  { category: 'mxss', name: 'math xlink:href', html: '<math><a xlink:href="javascript:alert(1)">x</a></math>', forbidden: [JS, /xlink/i] },
  { category: 'mxss', name: 'svg use href', html: '<svg><use href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x"></use></svg>', forbidden: [/<use/i, /data:/i] },
  { category: 'mxss', name: 'svg animate and set', html: '<svg><a><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="onmouseover" to="alert(1)"/><text y="20">t</text></a></svg>', forbidden: [/<animate/i, /<set/i, JS, ALERT] },
  // Raw-text and inert containers
  { category: 'mxss', name: 'noscript attribute breakout', html: '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', forbidden: [HANDLER, /<noscript/i] },
  { category: 'mxss', name: 'template', html: '<template><img src=x onerror=alert(1)></template><p>t</p>', forbidden: [HANDLER, /<template/i], expect: ['<p>t</p>'] },
  { category: 'mxss', name: 'textarea breakout', html: '<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea>', forbidden: [HANDLER, /<textarea/i] },
  { category: 'mxss', name: 'xmp breakout', html: '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>', forbidden: [HANDLER, /<xmp/i] },
  { category: 'mxss', name: 'comment holding markup', html: '<!--<img src=x onerror=alert(1)>--><p>t</p>', forbidden: [HANDLER, /<!--/], expect: ['<p>t</p>'] },
  { category: 'mxss', name: 'comment closed by --!>', html: '<!-- --!><img src=x onerror=alert(1)> -->', forbidden: [HANDLER] },
  { category: 'mxss', name: 'CDATA in HTML', html: '<![CDATA[<img src=x onerror=alert(1)>]]>', forbidden: [HANDLER, /CDATA/] },
  // Styles
  { category: 'style', name: 'style element', html: '<style>p{background:url(javascript:alert(1))}</style><p>t</p>', forbidden: [/<style/i, JS], expect: ['<p>t</p>'] },
  { category: 'style', name: 'style attribute', html: '<p style="background:url(javascript:alert(1))">t</p>', forbidden: [/style=/i, JS], expect: ['<p>t</p>'] },
  { category: 'style', name: 'link stylesheet', html: '<link rel="stylesheet" href="https://evil.example/x.css"><p>t</p>', forbidden: [/<link/i, /evil/], expect: ['<p>t</p>'] },
  // Document-level elements
  { category: 'document', name: 'base href', html: '<base href="https://evil.example/"><a href="/x">x</a>', forbidden: [/<base/i, /evil/], expect: ['href="/x"'] },
  { category: 'document', name: 'meta refresh', html: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', forbidden: [/<meta/i, /refresh/i, JS] },
  { category: 'document', name: 'form with formaction', html: '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(1)">go</button>表单文字</form>', forbidden: [/<form/i, /<input/i, /<button/i, /action/i, JS], expect: ['表单文字'] },
  { category: 'document', name: 'isindex', html: '<isindex action="javascript:alert(1)" type="image">', forbidden: [JS, /isindex/i] },
  { category: 'document', name: 'object', html: '<object data="javascript:alert(1)"><param name="x" value="y">fallback</object>', forbidden: [/<object/i, /<param/i, JS] },
  { category: 'document', name: 'embed', html: '<embed src="https://evil.example/x.swf">', forbidden: [/<embed/i, /evil/] },
  { category: 'document', name: 'applet', html: '<applet code="X.class">a</applet>', forbidden: [/<applet/i] },
  // Iframes
  { category: 'iframe', name: 'iframe srcdoc on an allowed host', html: '<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube.com/embed/abc"></iframe>', forbidden: [/srcdoc/i, /<script/i], expect: ['src="https://www.youtube.com/embed/abc"', SANDBOX] },
  { category: 'iframe', name: 'iframe from a host not allowlisted', html: '<iframe src="https://evil.example/frame"></iframe><p>t</p>', forbidden: [/<iframe/i, /evil/], expect: ['<p>t</p>'] },
  { category: 'iframe', name: 'iframe javascript: src', html: '<iframe src="javascript:alert(1)"></iframe>', forbidden: [/<iframe/i, JS] },
  { category: 'iframe', name: 'iframe host lookalike', html: '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>', forbidden: [/<iframe/i, /evil/] },
  { category: 'iframe', name: 'iframe host in the query', html: '<iframe src="https://evil.example/?u=player.bilibili.com"></iframe>', forbidden: [/<iframe/i, /evil/] },
  { category: 'iframe', name: 'iframe with credentials', html: '<iframe src="https://player.vimeo.com@evil.example/x"></iframe>', forbidden: [/<iframe/i, /evil/] },
  { category: 'iframe', name: 'iframe fallback content', html: '<iframe src="https://player.vimeo.com/video/1"><img src=x onerror=alert(1)></iframe>', forbidden: [HANDLER, /<img/i], expect: [SANDBOX] },
  // Clobbering, tracking, leaks
  { category: 'clobbering', name: 'id and name clobbering', html: '<img id="location" name="document" src="https://img.example/a.png"><a id="defaultView" name="cookie">x</a>', forbidden: [/\sid=/, /\sname=/], expect: [NO_REFERRER] },
  { category: 'tracking', name: 'a ping', html: '<a href="https://example.com/" ping="https://tracker.example/p">x</a>', forbidden: [/ping/, /tracker/] },
  { category: 'tracking', name: 'srcset', html: '<img src="https://img.example/a.png" srcset="javascript:alert(1) 1x, https://evil.example/b.png 2x">', forbidden: [/srcset/, /evil/, JS], expect: [NO_REFERRER] },
  { category: 'tracking', name: 'class, data-* and aria-*', html: '<p class="appendQr_wrap" data-x="1" aria-label="y">t</p>', forbidden: [/class=/, /data-x/, /aria-/], expect: ['<p>t</p>'] },
  { category: 'tracking', name: 'target and rel from the source', html: '<a href="https://example.com/" target="_self" rel="opener">x</a>', forbidden: [/_self/, /"opener"/], expect: ['target="_blank"'] },
  { category: 'tracking', name: 'img referrerpolicy from the source', html: '<img src="https://img.example/a.png" referrerpolicy="unsafe-url" loading="eager">', forbidden: [/unsafe-url/, /eager/], expect: [NO_REFERRER, 'loading="lazy"'] },
  // Malformed markup
  { category: 'malformed', name: 'stray quotes around a script', html: '<img """><script>alert(1)</script>">', forbidden: [/<script/i] },
  { category: 'malformed', name: 'unterminated attribute', html: '<a href="https://example.com/ onclick=alert(1)>x', forbidden: [HANDLER] },
  { category: 'malformed', name: 'broken tag soup', html: '<<p>>a</p><p <b>b</b></p><img src="https://img.example/a.png"/onerror=alert(1)>', forbidden: [HANDLER] },
]

export const VECTORS: Vector[] = [...HANDWRITTEN, ...GENERATED, ...MORE]
