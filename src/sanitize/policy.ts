/**
 * The one sanitizing policy, as data. The build-time adapter (htmlparser2) and the
 * render-time adapter (DOMPurify) are both configured from it, so the two sides
 * cannot drift apart. No DOM and no Node APIs here.
 */

/** Attributes that hold a URL and so must pass the scheme allowlist. */
export const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const

/** Schemes a URL may carry; anything else (javascript:, data:, vbscript:, …) is dropped. Relative URLs and fragments have no scheme and pass. */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto'] as const

/** Video hosts whose players we embed. Matched exactly, after normalising the URL to https. */
export const IFRAME_HOSTS = [
  'player.bilibili.com',
  'player.youku.com',
  'www.youtube.com',
  'youtube.com',
  'www.youtube-nocookie.com',
  'player.vimeo.com',
] as const

// allow-same-origin is safe here because every allowed host is cross-origin to the app;
// the players need it for their own storage. No allow-top-navigation: a frame must not move the reader.
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups'
export const IFRAME_ALLOW = 'fullscreen; picture-in-picture; encrypted-media'

/** Attributes set on every element of a tag, overwriting whatever the source had. */
export const FORCED_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Sina's and many other image hosts reject foreign referrers, and lazy loading keeps long archives cheap.
  img: { referrerpolicy: 'no-referrer', loading: 'lazy' },
  iframe: {
    sandbox: IFRAME_SANDBOX,
    allow: IFRAME_ALLOW,
    loading: 'lazy',
    referrerpolicy: 'no-referrer',
  },
  // Scraped videos often point at slow proxies: fetch nothing until the reader presses play.
  video: { preload: 'none', controls: '' },
  audio: { preload: 'none', controls: '' },
}

/** Added to every `a` whose href is absolute http(s): links leave the reader in a new tab and leak nothing. */
export const EXTERNAL_LINK_ATTRIBUTES: Readonly<Record<string, string>> = {
  target: '_blank',
  rel: 'noopener noreferrer',
}

/**
 * The one shape of `id` an article may carry: the builder's heading anchors (src/builder/clean/
 * heading-ids.ts), on h1–h6 only. Any other id would enable DOM clobbering, so it goes. The prefix
 * holds a hyphen, which no JavaScript identifier has: an anchor can never shadow a name the app or
 * the DOM reads as `window.x` or `document.x`, nor an id of the app's own (none starts with `h-`).
 * Letters, marks and digits of any script, so Chinese headings keep readable anchors.
 */
export const HEADING_ID_PREFIX = 'h-'
export const HEADING_ID_PATTERN = /^h-[\p{L}\p{M}\p{N}_-]{1,80}$/u

const HEADING_ATTRIBUTES = ['id']

/** Allowed attributes per tag. `style` and `name` are absent on purpose, `id` is allowed on headings
 * only (in the shape of HEADING_ID_PATTERN), and `class` on `span` and `figure` only, with the tokens
 * of allowedClasses: scraped classes would pick up our CSS, and id/name enable DOM clobbering. */
const TAG_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  h1: HEADING_ATTRIBUTES,
  h2: HEADING_ATTRIBUTES,
  h3: HEADING_ATTRIBUTES,
  h4: HEADING_ATTRIBUTES,
  h5: HEADING_ATTRIBUTES,
  h6: HEADING_ATTRIBUTES,
  a: ['href'],
  span: ['class'],
  figure: ['class'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'referrerpolicy'],
  iframe: [
    'src',
    'width',
    'height',
    'allowfullscreen',
    'frameborder',
    'sandbox',
    'allow',
    'loading',
    'referrerpolicy',
  ],
  video: ['src', 'poster', 'controls', 'width', 'height', 'preload'],
  audio: ['src', 'controls', 'preload'],
  source: ['src', 'type'],
  ol: ['start', 'reversed', 'type'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  col: ['span'],
  colgroup: ['span'],
  time: ['datetime'],
  del: ['datetime'],
  ins: ['datetime'],
  details: ['open'],
}

// Space-separated lists keep the policy readable at a glance.
const words = (list: string): readonly string[] => list.trim().split(/\s+/)

/** Exactly the classes highlight.js writes for its token scopes (the build highlights code), which
 * the article's CSS colours; src/builder/parse/__tests__/highlight-code.test.ts checks the list
 * against every language it ships. */
const HIGHLIGHT_CLASSES = words(`
  hljs-addition hljs-attr hljs-attribute hljs-brace hljs-built_in hljs-builtin-symbol hljs-bullet
  hljs-char hljs-character hljs-class hljs-code hljs-comment hljs-computation-expression
  hljs-deletion hljs-doctag hljs-emphasis hljs-function hljs-keyframePosition hljs-keyword
  hljs-label hljs-link hljs-literal hljs-message-name hljs-meta hljs-name hljs-named-character
  hljs-number hljs-operator hljs-params hljs-pattern hljs-property hljs-punctuation hljs-quote
  hljs-regex hljs-regexp hljs-rest_arg hljs-section hljs-selector-attr hljs-selector-class
  hljs-selector-id hljs-selector-pseudo hljs-selector-tag hljs-slot hljs-string hljs-strong
  hljs-subst hljs-symbol hljs-tag hljs-template-tag hljs-template-variable hljs-title hljs-type
  hljs-variable class_ constant_ dispatch_ escape_ function_ language_ prompt_ title_ inherited__
  invoke__`)

const TEXT_TAGS = words(`
  p br h1 h2 h3 h4 h5 h6 strong b em i u s sub sup small mark blockquote q cite abbr code pre kbd
  samp ul ol li dl dt dd hr a ruby rt rp del ins wbr time span`)
const STRUCTURE_TAGS = words(`
  div section article header footer aside details summary figure figcaption
  table thead tbody tfoot tr th td caption colgroup col`)
const MEDIA_TAGS = words('img video audio source iframe')

export const SANITIZE_POLICY = {
  /** Elements kept. Any other element is unwrapped (its children stay) unless listed in `dropWithContent`. */
  allowedTags: [...TEXT_TAGS, ...STRUCTURE_TAGS, ...MEDIA_TAGS] as readonly string[],
  /** Attributes allowed on every kept element. */
  globalAttributes: words('title lang dir'),
  tagAttributes: TAG_ATTRIBUTES,
  /** Class tokens kept per tag (other tokens are dropped, and an empty class with them). */
  allowedClasses: { span: HIGHLIGHT_CLASSES, figure: ['bs-gallery'] } as Readonly<
    Record<string, readonly string[]>
  >,
  urlAttributes: URL_ATTRIBUTES as readonly string[],
  allowedSchemes: ALLOWED_SCHEMES as readonly string[],
  /** Elements removed together with everything inside them: executable, foreign (svg/math, the mXSS
   * playground), raw-text, form controls, document metadata. `form` itself is unwrapped. */
  dropWithContent: words(`
    script style template noscript object embed applet param svg math textarea select option optgroup
    datalist button input keygen output title head meta link base frame frameset noframes noembed xmp
    plaintext canvas portal dialog track map area`),
  /** Elements that may only keep these children; anything else inside them is fallback content we drop. */
  childAllowlist: { iframe: [], video: ['source'], audio: ['source'] } as Readonly<
    Record<string, readonly string[]>
  >,
  /** Void elements: never have children and are serialized without an end tag. */
  voidTags: words('br hr img wbr source col'),
  iframeHosts: IFRAME_HOSTS as readonly string[],
  iframeSandbox: IFRAME_SANDBOX,
  iframeAllow: IFRAME_ALLOW,
  forcedAttributes: FORCED_ATTRIBUTES,
  externalLinkAttributes: EXTERNAL_LINK_ATTRIBUTES,
  /** Elements nested deeper than this are unwrapped at build time: no real article needs it, and deep
   * trees overflow recursive serializers and slow down layout. The corpus peaks at 13. */
  maxDepth: 64,
  /** The render-time pass reads at most this many characters. The builder rejects posts over
   * 2 MiB, so only a tampered bundle is longer; sanitizing and laying out 5 MB froze Chromium
   * for over 30 s, while a normal article is under 100 KB. */
  maxRenderChars: 1024 * 1024,
} as const
