/**
 * Pictures that stand in for a missing one. The builder leaves them out of bodies, header images
 * and link previews, and the app shows no header for one that an older bundle still holds.
 */

// Lazy loaders put a blank in `src` until they swap in the real URL (kept in data-src and friends).
const LAZY_BLANK =
  /^(data:|about:)|\/(blank|placeholder|loading|lazy|grey|gray|spacer|transparent)[^/]*\.(gif|png|svg)(\?|$)/i

/** The archive filled missing pictures with random ones from this host (and its CDN subdomains). */
const RANDOM_HOST = 'picsum.photos'

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.startsWith('//') ? `https:${url}` : url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : undefined
  } catch {
    return undefined
  }
}

/** True for a lazy loader's blank or a random picsum.photos filler: not the post's own picture. */
export function isPlaceholderImage(url: string): boolean {
  const src = url.trim()
  if (LAZY_BLANK.test(src)) return true
  // Cheap test first: most images are real, and parsing every URL would cost the build time.
  if (!src.toLowerCase().includes(RANDOM_HOST)) return false
  const host = hostOf(src)
  return host !== undefined && (host === RANDOM_HOST || host.endsWith(`.${RANDOM_HOST}`))
}
