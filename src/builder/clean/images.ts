/**
 * Image repairs: lazy-loading attributes, protocol-relative URLs, sizes carried in URLs,
 * tracking pixels, and Sina's caption wrapper.
 */
import type { Element } from 'domhandler'
import { isPlaceholderImage } from '../../bundle/placeholder-image'
import { elements, removeNode, textOf } from './tree'

// Where lazy loaders keep the real URL (WordPress, cnBeta, jianshu, Zhihu…).
const LAZY_SRC = [
  'data-src',
  'data-original',
  'data-lazy-src',
  'data-original-src',
  'data-actualsrc',
]

const TRACKING_HOSTS = [
  'pixel.wp.com',
  'stats.wp.com',
  'feeds.feedburner.com',
  'google-analytics.com',
  'scorecardresearch.com',
  'quantserve.com',
  'doubleclick.net',
  'hm.baidu.com',
  'cnzz.com',
  'beacon.sina.com.cn',
  'mmstat.com',
]
const TRACKING_PATH =
  /\/(~r|~ff)\/|\/(pixel|beacon|spacer|1x1|tracker|track|counter|count|open)\.(gif|png)$/i

/** `//host/x.jpg` → `https://host/x.jpg`: the app is served over https. */
/** A site-root URL (`/images/a.jpg`) moved under the site's public path, so `--base /news/` keeps it working. */
export function underBase(url: string, base = '/'): string {
  return base !== '/' && /^\/(?!\/)/.test(url) && !url.startsWith(base)
    ? `${base}${url.slice(1)}`
    : url
}

export function absolutize(url: string): string {
  const trimmed = url.trim()
  return trimmed.startsWith('//') ? `https:${trimmed}` : trimmed
}

/** Sina (and others) put the rendition size in the path: `/w478h254/` or `_w478h254`. */
export function sizeFromUrl(src: string): { width: number; height: number } | undefined {
  const match = /(?:^|[/_.-])w(\d{2,5})h(\d{2,5})(?=[/_.-]|$)/.exec(src.split(/[?#]/)[0] ?? '')
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined
}

function isTrackingUrl(src: string): boolean {
  let url: URL
  try {
    url = new URL(src)
  } catch {
    return false
  }
  const host = url.hostname
  return (
    TRACKING_HOSTS.some((h) => host === h || host.endsWith(`.${h}`)) ||
    TRACKING_PATH.test(url.pathname)
  )
}

const isTiny = (value: string | undefined): boolean =>
  value !== undefined && /^\s*[01](px)?\s*$/.test(value)

export type ImageVerdict = 'keep' | 'tracking' | 'missing'

/** Repairs an img in place and says whether it stays. */
export function repairImage(img: Element): ImageVerdict {
  const a = img.attribs
  let src = a.src?.trim() ?? ''
  if (src === '' || isPlaceholderImage(src)) {
    src = LAZY_SRC.map((name) => a[name]?.trim() ?? '').find((value) => value !== '') ?? ''
  }
  if (src === '' || isPlaceholderImage(src)) return 'missing'
  a.src = absolutize(src)
  if (isTiny(a.width) || isTiny(a.height) || isTrackingUrl(a.src)) return 'tracking'
  if (a.width === undefined && a.height === undefined) {
    const w = Number(a['data-original-width'])
    const h = Number(a['data-original-height'])
    const size = w > 0 && h > 0 ? { width: w, height: h } : sizeFromUrl(a.src)
    if (size) {
      a.width = String(size.width)
      a.height = String(size.height)
    }
  }
  return 'keep'
}

/** `<div class="img_wrapper"><img><span class="img_descr">cap</span></div>` → figure/figcaption. */
export function wrapperToFigure(div: Element): void {
  div.name = 'figure'
  div.attribs = {}
  for (const el of [...elements(div)]) {
    if (el.name !== 'span' || !/(^|\s)img_descr(\s|$)/.test(el.attribs.class ?? '')) continue
    if (textOf(el).trim() === '') removeNode(el)
    else {
      el.name = 'figcaption'
      el.attribs = {}
    }
  }
}
