import { sameImage } from '../../../../lib/article-core/enhance-body'

/** The article's pictures in reading order: the header image first, then the body's. */
const PICTURES = '.article-hero img, .article-body img'
const MAX_PICTURES = 500
const IMAGE_URL = /\.(avif|gif|jpe?g|png|webp)([?#]|$)/i
/** Marks what opens the lightbox: the image itself, or a link around it to the same picture. */
export const TRIGGER = 'data-lightbox'

const size = (img: HTMLImageElement, name: string) => Number(img.getAttribute(name)) || 0

/**
 * What a reader activates to enlarge `img`: the image, or a link around it that leads to the
 * picture itself (a gallery's thumbnails); null for hidden, failed and icon-sized images, and
 * for a picture that links somewhere else (the link keeps its job).
 */
export function triggerOf(img: HTMLImageElement): HTMLElement | null {
  if (img.closest('[hidden]') || (img.complete && img.naturalWidth === 0)) return null
  const [w, h] = [size(img, 'width'), size(img, 'height')]
  if (w > 0 && w < 48 && h > 0 && h < 48) return null
  const link = img.closest('a')
  if (!link) return img
  const href = link.getAttribute('href') ?? ''
  return sameImage(href, img.getAttribute('src') ?? '') || IMAGE_URL.test(href) ? link : null
}

// The alt an image came with (null: none), where markTriggers gave an unnamed one a name of its own.
const authorAlt = new WeakMap<HTMLImageElement, string | null>()

/** The caption a reader sees for `img`: its figure's own caption, else its alt or title. */
export function captionOf(img: HTMLImageElement): string {
  const figure = img.closest('figure')
  const own = figure && figure.querySelectorAll('img').length === 1
  const text = own ? (figure.querySelector('figcaption')?.textContent ?? '') : ''
  return (
    text.trim() ||
    (authorAlt.has(img) ? (authorAlt.get(img) ?? '') : img.alt).trim() ||
    img.title.trim()
  )
}

/** The pictures markTriggers made openable, in order. */
export const collectGallery = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLImageElement>(PICTURES)].filter(
    (img) => triggerOf(img)?.hasAttribute(TRIGGER) === true,
  )

/**
 * Makes each picture reachable and named for the keyboard and screen readers. An image becomes a
 * button; one with an empty alt gets its caption as alt, since a button must have a name and an
 * empty alt declares the image decorative.
 */
export function markTriggers(root: ParentNode, label: (caption: string) => string): void {
  let marked = 0
  for (const img of root.querySelectorAll<HTMLImageElement>(PICTURES)) {
    const trigger = triggerOf(img)
    if (!trigger) continue
    // No article pages through more; a hostile body of 52,000 took a second to mark here.
    if (++marked > MAX_PICTURES) break
    const caption = captionOf(img)
    trigger.setAttribute(TRIGGER, '')
    trigger.setAttribute('aria-label', label(caption))
    if (trigger !== img) continue
    img.tabIndex = 0
    img.setAttribute('role', 'button')
    if (img.alt.trim()) continue
    authorAlt.set(img, img.getAttribute('alt'))
    img.alt = caption || label('')
  }
}

/** Takes markTriggers' marks off again: the pictures as the article drew them. */
export function unmarkTriggers(root: ParentNode): void {
  for (const trigger of root.querySelectorAll<HTMLElement>(`[${TRIGGER}]`)) {
    trigger.removeAttribute(TRIGGER)
    trigger.removeAttribute('aria-label')
    if (!(trigger instanceof HTMLImageElement)) continue
    trigger.removeAttribute('tabindex')
    trigger.removeAttribute('role')
    if (!authorAlt.has(trigger)) continue
    const alt = authorAlt.get(trigger)
    if (alt === null || alt === undefined) trigger.removeAttribute('alt')
    else trigger.alt = alt
    authorAlt.delete(trigger)
  }
}
