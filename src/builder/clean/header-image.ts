/** Picks the article's header image from the front matter and the cleaned body. */
import type { HeaderImage } from '../../bundle/format'
import { isPlaceholderImage } from '../../bundle/placeholder-image'
import type { CleanResult } from './clean-html'
import { absolutize, sizeFromUrl } from './images'

/** Same image whatever the protocol: `http://a/b.png`, `https://a/b.png` and `//a/b.png`. */
export function isSameImage(a: string, b: string): boolean {
  const key = (url: string): string => url.trim().replace(/^(https?:)?\/\//i, '')
  return key(a) === key(b)
}

/** An absolute http(s) or site-root URL (`/images/a.jpg`) that is a real picture, or undefined. */
function usableUrl(value: unknown, removed: readonly string[]): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const trimmed = value.trim()
  if (isPlaceholderImage(trimmed)) return undefined
  // Hexo sites keep their own images at site-root paths; they are the site's, not a tracker's.
  if (/^\/(?!\/)[^\s]*$/.test(trimmed) && !trimmed.includes('..')) {
    return removed.some((r) => r === trimmed) ? undefined : trimmed
  }
  const src = absolutize(value)
  let url: URL
  try {
    url = new URL(src)
  } catch {
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined
  if (removed.some((r) => isSameImage(r, src))) return undefined
  return src
}

/**
 * headimg, else thumbnail, else the body's first remaining image. Placeholders (random
 * picsum.photos fillers, lazy loaders' blanks), empty strings, other schemes, and images in removedImages count as none.
 * When the chosen image is also in the body, both stay; the app may hide the duplicate.
 */
export function chooseHeaderImage(
  fields: { headimg?: unknown; thumbnail?: unknown },
  cleaned: Pick<CleanResult, 'images' | 'removedImages'>,
): HeaderImage | undefined {
  const candidates = [fields.headimg, fields.thumbnail, cleaned.images[0]?.src]
  for (const candidate of candidates) {
    const src = usableUrl(candidate, cleaned.removedImages)
    if (!src) continue
    const inBody = cleaned.images.find((image) => isSameImage(image.src, src))
    const image: HeaderImage = { src }
    const size =
      inBody?.width && inBody.height
        ? { width: inBody.width, height: inBody.height }
        : sizeFromUrl(src)
    if (size) Object.assign(image, size)
    if (inBody?.caption) image.caption = inBody.caption
    return image
  }
  return undefined
}
