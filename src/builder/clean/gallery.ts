import { element, renderHtml } from '../html/markup'

/** Hexo's gallery posts: `photos:` is one URL or a list of them; anything else counts as none. */
export function photoList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value]
  return items.flatMap((item) =>
    typeof item === 'string' && item.trim() && !/\s/.test(item.trim()) ? [item.trim()] : [],
  )
}

/**
 * The photos after the first (which is the header image) as a grid above the body. Its markup
 * goes through the sanitizer with the body, like anything a post brings.
 */
export function galleryHtml(photos: readonly string[], title: string): string {
  if (photos.length < 2) return ''
  const rest = photos.slice(1)
  const items = rest.map((src, i) =>
    element('a', { href: src }, [
      element('img', { src, alt: `${title} (${i + 2}/${photos.length})`, loading: 'lazy' }),
    ]),
  )
  return renderHtml(element('figure', { class: 'bs-gallery' }, items))
}
