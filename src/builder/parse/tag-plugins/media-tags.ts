/**
 * Hexo's media and embed tags, with the arguments its documentation gives them. Iframes outside
 * the sanitizer's video allowlist become links: the policy would drop them, and the reader
 * should still find them.
 */
import { IFRAME_HOSTS } from '../../../sanitize/policy'
import { element, renderHtml } from '../../html/markup'
import type { TagRenderer } from './context'
import { isUrl } from './tag-args'

const SIZE = /^\d+(?:%|px)?$/

/** `[class names] url [width] [height] ["title text" ["alt text"]]`, as `img` and `asset_img`. */
function image(args: string[], resolve: (src: string) => string): string {
  const at = args.findIndex((arg) => isUrl(arg) || /\.[a-z0-9]{2,5}$/i.test(arg))
  if (at < 0) return ''
  const rest = args.slice(at + 1)
  const width = rest[0] !== undefined && SIZE.test(rest[0]) ? rest.shift() : undefined
  const height = width && rest[0] !== undefined && SIZE.test(rest[0]) ? rest.shift() : undefined
  // Hexo's own reading of the rest: `"title" "alt"`, or all of it the title.
  const meta = /["']?([^"']+)?["']?\s*["']?([^"']+)?["']?/.exec(rest.join(' '))
  const title = meta?.[1]?.trim() || undefined
  const alt = meta?.[2]?.trim() || undefined
  return renderHtml(
    element('img', {
      src: resolve(args[at]!),
      alt: alt ?? title ?? '',
      title,
      width,
      height,
    }),
  )
}

function frame(src: string, title: string, width?: string, height?: string): string {
  const host = hostOf(src)
  if (!(IFRAME_HOSTS as readonly string[]).includes(host)) return link(src, src)
  return renderHtml(
    element('iframe', {
      src,
      title,
      width: width ?? '100%',
      height: height ?? '300',
      allowfullscreen: true,
    }),
  )
}

function hostOf(src: string): string {
  try {
    return new URL(src).hostname
  } catch {
    // Not absolute: no allowed host.
    return ''
  }
}

const link = (href: string, label: string) => renderHtml(element('a', { href }, [label]))

export const mediaTags: Record<string, TagRenderer> = {
  img: (args, ctx) => image(args, (src) => (src.startsWith('/') ? ctx.base + src.slice(1) : src)),
  asset_img: (args, ctx) => image(args, (src) => assetUrl(ctx.base, ctx.permalink, src)),
  asset_path: ([slug], ctx) => (slug ? assetUrl(ctx.base, ctx.permalink, slug) : ''),
  asset_link: ([slug, ...title], ctx) =>
    slug
      ? renderHtml(
          element('a', { href: assetUrl(ctx.base, ctx.permalink, slug) }, [
            title.filter((t) => t !== 'true' && t !== 'false').join(' ') || slug,
          ]),
        )
      : '',
  iframe: ([src, width, height]) => (src ? frame(src, hostOf(src), width, height) : ''),
  youtube: ([id, type, cookie]) => {
    if (!id) return ''
    const host = cookie === 'false' ? 'www.youtube-nocookie.com' : 'www.youtube.com'
    const path = type === 'playlist' ? `videoseries?list=${encodeURIComponent(id)}` : id
    return frame(`https://${host}/embed/${path}`, 'YouTube')
  },
  vimeo: ([id]) =>
    id ? frame(`https://player.vimeo.com/video/${encodeURIComponent(id)}`, 'Vimeo') : '',
  // The CSP allows no scripts from these hosts: a plain link to the fiddle or the gist.
  jsfiddle: ([id]) => (id ? link(`https://jsfiddle.net/${id}/`, `JSFiddle: ${id}`) : ''),
  gist: ([id, file]) =>
    id
      ? link(
          `https://gist.github.com/${id}${file ? `#file-${file.replace(/\W/g, '-').toLowerCase()}` : ''}`,
          `Gist: ${file ?? id}`,
        )
      : '',
}

/** A file of the post's asset folder, where Hexo serves it: beside the post's permalink. */
function assetUrl(base: string, permalink: string, slug: string): string {
  if (isUrl(slug)) return slug
  const dir = permalink.replace(/^\/+/, '').replace(/[^/]*$/, '')
  return `${base}${dir}${slug.replace(/^\.?\//, '')}`
}
