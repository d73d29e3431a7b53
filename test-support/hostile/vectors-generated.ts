/**
 * Generated vectors: an event handler on every kind of element the policy keeps (and on a few it
 * drops), and every URL-bearing attribute with each dangerous scheme and each obfuscation.
 */
import { SANITIZE_POLICY } from '../../src/sanitize/policy'
import type { Vector } from './vector-kit'
import { ALERT, HANDLER } from './vector-kit'

const VOID = new Set(SANITIZE_POLICY.voidTags)

// Handlers that fire without a click: error and load on media, focus with autofocus, animations.
const HANDLERS =
  'onerror=alert(1) onload=alert(2) onfocus=alert(3) autofocus onanimationstart=alert(4) onpointerenter=alert(5) onbeforetoggle=alert(6)'

/** Minimal valid context for a tag, so the browser keeps it where it would appear in an article. */
function inContext(tag: string, element: string): string {
  if (['td', 'th'].includes(tag)) return `<table><tbody><tr>${element}</tr></tbody></table>`
  if (tag === 'tr') return `<table><tbody>${element}</tbody></table>`
  if (['thead', 'tbody', 'tfoot', 'caption', 'colgroup'].includes(tag))
    return `<table>${element}</table>`
  if (tag === 'col') return `<table><colgroup>${element}</colgroup></table>`
  if (tag === 'li') return `<ul>${element}</ul>`
  if (['dt', 'dd'].includes(tag)) return `<dl>${element}</dl>`
  if (['rt', 'rp'].includes(tag)) return `<ruby>字${element}</ruby>`
  if (tag === 'summary' || tag === 'figcaption') return `<details>${element}</details>`
  if (tag === 'source') return `<video src="https://media.example/v.mp4">${element}</video>`
  return element
}

function handlerVector(tag: string): Vector {
  const src = ['img', 'video', 'audio', 'source'].includes(tag)
    ? ' src="https://media.example/m"'
    : ''
  const iframe = tag === 'iframe' ? ' src="https://www.youtube.com/embed/abc"' : ''
  const element = VOID.has(tag)
    ? `<${tag}${src} ${HANDLERS}>`
    : `<${tag}${src}${iframe} ${HANDLERS}>文字${tag}</${tag}>`
  return {
    category: 'handler',
    name: `handlers on <${tag}>`,
    html: inContext(tag, element),
    forbidden: [HANDLER, ALERT, /autofocus/i],
  }
}

const EXTRA_TAGS = ['body', 'marquee', 'input', 'select', 'video', 'keygen', 'font', 'x-custom']

const handlerVectors: Vector[] = [...new Set([...SANITIZE_POLICY.allowedTags, ...EXTRA_TAGS])].map(
  handlerVector,
)

/** Ways to write `javascript:` that browsers still read as the scheme (and one they do not). */
const OBFUSCATIONS: Record<string, string> = {
  plain: 'javascript:alert(1)',
  case: 'JaVaScRiPt:alert(1)',
  'hex entities': '&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)',
  'decimal entities without semicolons':
    '&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)',
  'tab and newline': 'jav\tas\ncr\ript:alert(1)',
  'entity-encoded whitespace': 'java&#x0A;script&#x3A;alert(1)',
  'leading spaces and controls': ' \u0001\u0010 javascript:alert(1)',
  'zero-width joiner': 'java\u200dscript:alert(1)',
  'named entities': 'javascript&colon;alert&lpar;1&rpar;',
  'data: html': 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DaTa: svg': 'DaTa:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:': 'vbscript:msgbox(1)',
  'VBScript with entities': 'vb&#x73;cript:alert(1)',
}

/** Each URL-bearing attribute in the element that uses it; `$` is where the URL goes. */
const URL_PLACES: Record<string, string> = {
  href: '<a href="$">链接</a>',
  src: '<img src="$" alt="图">',
  srcset: '<img src="https://media.example/a.png" srcset="$ 1x, $ 2x" alt="图">',
  'xlink:href':
    '<svg><a xlink:href="$"><text y="10">点</text></a></svg><math><mi xlink:href="$">点</mi></math>',
  formaction:
    '<form><button formaction="$">按钮</button><input type="image" formaction="$"></form>',
  action: '<form action="$"><input type="submit" value="提交"></form>',
  poster: '<video src="https://media.example/v.mp4" poster="$"></video>',
  background: '<table background="$"><tbody><tr><td background="$">格</td></tr></tbody></table>',
  'iframe src': '<iframe src="$"></iframe>',
  'object data': '<object data="$"></object><embed src="$">',
}

// A dangerous scheme in the output, however it is written; entity forms come out decoded.
const SCHEME = /(java|vb)\s*script|data:|&#/i

const urlVectors: Vector[] = Object.entries(URL_PLACES).flatMap(([place, template]) =>
  Object.entries(OBFUSCATIONS)
    // Every obfuscation on href (the most used); the schemes themselves on every other attribute.
    .filter(
      ([how]) =>
        place === 'href' ||
        [
          'plain',
          'hex entities',
          'tab and newline',
          'data: html',
          'vbscript:',
          'zero-width joiner',
        ].includes(how),
    )
    .map(([how, url]): Vector => ({
      category: 'url',
      name: `${how} in ${place}`,
      html: `<p>前${template.replaceAll('$', url)}后</p>`,
      forbidden: [
        SCHEME,
        ALERT,
        /srcset|xlink|formaction|action=|background=|poster=|<form|<object|<embed|<svg|<math/i,
      ],
      expect: ['前', '后'],
    })),
)

export const GENERATED: Vector[] = [...handlerVectors, ...urlVectors]
