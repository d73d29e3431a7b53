/**
 * DOM work on the sanitized body after React has put it in the page. Idempotent: StrictMode
 * and locale changes run it again on the same nodes. Returns a cleanup for the listeners.
 */
export interface BodyLabels {
  unavailable: string
  openOriginal: string
}

export interface EnhanceOptions {
  /** The header image's URL: the body's first image is hidden when it is the same picture. */
  headImageSrc?: string
  labels: BodyLabels
}

const SVG_NS = 'http://www.w3.org/2000/svg'
const ICON_PATH = 'M4 5h16v14H4z M4 16l5-5 4 4 2-2 5 5 M15.5 9.5a1.5 1.5 0 1 0 0-.01'

// Built node by node: the CSP requires Trusted Types, so a string assigned to innerHTML would throw.
function createIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg')
  const attrs = {
    class: 'img-fallback__icon',
    viewBox: '0 0 24 24',
    width: '20',
    height: '20',
    'aria-hidden': 'true',
    focusable: 'false',
  }
  for (const [name, value] of Object.entries(attrs)) svg.setAttribute(name, value)
  const path = doc.createElementNS(SVG_NS, 'path')
  const pathAttrs = {
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '1.5',
    'stroke-linejoin': 'round',
    d: ICON_PATH,
  }
  for (const [name, value] of Object.entries(pathAttrs)) path.setAttribute(name, value)
  svg.append(path)
  return svg
}

/** Compares image URLs the way a reader would: scheme and trailing slashes don't matter. */
export const sameImage = (a: string, b: string) => {
  const norm = (u: string) =>
    u
      .trim()
      .replace(/^https?:/i, '')
      .replace(/\/+$/, '')
  return norm(a) !== '' && norm(a) === norm(b)
}

const dimension = (img: HTMLImageElement, name: 'width' | 'height') => {
  const n = Number.parseInt(img.getAttribute(name) ?? '', 10)
  return Number.isFinite(n) && n > 0 ? n : 0
}

/**
 * The box drawn for a picture that did not load, as ImageFallback draws it in React: a link to
 * the original (a span when `href` is null), an icon and an empty label for setFallbackText.
 */
export function createImageFallback(doc: Document, href: string | null): HTMLElement {
  const box = doc.createElement(href === null ? 'span' : 'a')
  box.className = 'img-fallback'
  if (box instanceof HTMLAnchorElement && href !== null) {
    box.href = href
    box.target = '_blank'
    box.rel = 'noopener noreferrer'
  }
  const label = doc.createElement('span')
  label.className = 'img-fallback__text'
  box.replaceChildren(createIcon(doc), label)
  return box
}

/** Swaps a broken image for a box of its reserved size with a link to the original. */
export function replaceBrokenImage(img: HTMLImageElement, labels: BodyLabels): void {
  if (!img.isConnected || img.hidden) return
  const src = img.getAttribute('src') ?? ''
  const w = dimension(img, 'width')
  const h = dimension(img, 'height')
  // Tracking pixels and icons are noise, not content: drop them rather than draw a box.
  if (!src || (w > 0 && w < 48 && h > 0 && h < 48)) {
    img.remove()
    return
  }
  // A link inside a link is invalid HTML: inside one, the box is a span and the outer link stays.
  const insideLink = img.closest('a') !== null
  const box = createImageFallback(img.ownerDocument, insideLink ? null : src)
  box.style.aspectRatio = w && h ? `${w} / ${h}` : '16 / 9'
  if (w) box.style.maxWidth = `${w}px`
  const alt = img.getAttribute('alt')
  if (alt) box.title = alt
  setFallbackText(box, labels, insideLink)
  img.replaceWith(box)
}

export function setFallbackText(
  box: Element,
  labels: BodyLabels,
  insideLink = box.tagName !== 'A',
) {
  const text = box.querySelector('.img-fallback__text')
  if (text)
    text.textContent = insideLink
      ? labels.unavailable
      : `${labels.unavailable} · ${labels.openOriginal}`
}

// An image that failed before this ran fired its `error` event before anyone listened.
const isBroken = (img: HTMLImageElement) => img.complete && img.naturalWidth === 0

/** Paragraphs whose only content is media or nothing at all: no indent, and empty ones hidden. */
function markParagraph(p: HTMLParagraphElement) {
  const text = (p.textContent ?? '').replace(/[\s\u3000\u00a0]/g, '')
  const media = p.querySelector('img, picture, video, iframe, svg, .img-fallback')
  if (!text && media) p.classList.add('is-media')
  else if (!text && !media) p.hidden = true
  // Many Chinese sources indent with two ideographic spaces; the stylesheet indents instead.
  const walker = p.ownerDocument.createTreeWalker(p, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? ''
    const trimmed = value.replace(/^[\s\u3000\u00a0]+/, '')
    if (trimmed !== value) node.nodeValue = trimmed
    if (trimmed) break
  }
}

function hideDuplicateHeadImage(root: HTMLElement, headImageSrc: string) {
  const first = root.querySelector('img')
  if (!first || !sameImage(first.getAttribute('src') ?? '', headImageSrc)) return
  first.hidden = true
  // A figure goes whole: the header shows its caption. A paragraph or link goes when it holds
  // nothing else, so no empty gap is left behind.
  const figure = first.closest('figure')
  const wrapper = figure ?? first.closest('p, a')
  if (!(wrapper instanceof HTMLElement) || !root.contains(wrapper)) return
  if (figure || !(wrapper.textContent ?? '').trim()) wrapper.hidden = true
}

export function enhanceBody(
  root: HTMLElement,
  { headImageSrc, labels }: EnhanceOptions,
): () => void {
  if (headImageSrc) hideDuplicateHeadImage(root, headImageSrc)
  for (const img of root.querySelectorAll('img')) {
    // Sina's image host rejects foreign referrers; the sanitizer sets these too, this double-checks.
    img.referrerPolicy = 'no-referrer'
    if (!img.hasAttribute('loading')) img.loading = 'lazy'
    img.decoding = 'async'
    if (isBroken(img)) replaceBrokenImage(img, labels)
  }
  for (const box of root.querySelectorAll('.img-fallback')) setFallbackText(box, labels)
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (a.getAttribute('href')?.startsWith('#')) continue
    a.target = '_blank'
    a.rel = 'noopener noreferrer'
  }
  for (const frame of root.querySelectorAll('iframe')) frame.loading = 'lazy'
  for (const table of root.querySelectorAll('table')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue
    const scroll = root.ownerDocument.createElement('div')
    scroll.className = 'table-scroll'
    // A scrolling region must be reachable from the keyboard.
    scroll.tabIndex = 0
    table.replaceWith(scroll)
    scroll.append(table)
  }
  // Code scrolls sideways on a narrow screen: like the tables' wrappers, reachable from the keyboard.
  for (const pre of root.querySelectorAll('pre')) pre.tabIndex = 0
  for (const p of root.querySelectorAll('p')) markParagraph(p)

  const onError = (event: Event) => {
    if (event.target instanceof HTMLImageElement) replaceBrokenImage(event.target, labels)
  }
  // `error` does not bubble: only a capturing listener on the container sees it.
  root.addEventListener('error', onError, true)
  return () => root.removeEventListener('error', onError, true)
}
