import type { Article } from '../../bundle/format'

const IMAGE_TIMEOUT_MS = 20_000

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")

/** Header image, thumbnail and body images of an article, as absolute http(s) URLs. */
export function imageSources(article: Article, thumbnail?: string): string[] {
  // The sanitized body is parsed with a pattern, not DOMParser: DOMParser is a Trusted Types sink.
  const body = [...article.html.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/gi)].map((m) =>
    decodeEntities(m[1] ?? ''),
  )
  const urls = new Set<string>()
  for (const src of [article.headImage?.src, thumbnail, ...body]) {
    if (!src) continue
    try {
      const url = new URL(src, document.baseURI)
      if (url.protocol === 'https:' || url.protocol === 'http:') urls.add(url.href)
    } catch {
      // Not a URL: nothing to save.
    }
  }
  return [...urls]
}

/**
 * The service worker stores a response only after handing it to the page; wait briefly for that
 * write, so that "saved" is true when the page says it.
 */
export async function settleInCache(url: string): Promise<void> {
  if (typeof caches === 'undefined' || !navigator.serviceWorker?.controller) return
  for (let i = 0; i < 30; i++) {
    if (await caches.match(url)) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Loads an image the way the article page does (no referrer, as an image request), so the
 * service worker's image cache keeps it. Resolves either way: the outcome only matters offline.
 */
export function loadImage(src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const img = new Image()
    const timer = setTimeout(() => done(false), IMAGE_TIMEOUT_MS)
    const done = (ok: boolean) => {
      clearTimeout(timer)
      img.onload = img.onerror = null
      resolve(ok)
    }
    img.onload = () => void settleInCache(src).then(() => done(true))
    img.onerror = () => done(false)
    img.referrerPolicy = 'no-referrer'
    img.decoding = 'async'
    img.src = src
  })
}
