import { join, posix } from 'node:path'
import type { ImageSize } from './image-sizes'
import { isFileStamp, localStamp, readImageSize } from './image-sizes'
import { assetFolderOf, isSkippedSitePath, permalinkFolder } from './rules'

/** Where a post's local files are, for the worker: plain data, sent with each task. */
export interface LocalFileSettings {
  /** Folders a site-root URL (`/images/a.png`) is served from, first wins: the app's public/, then source/. */
  roots: string[]
  /** Hexo's `post_asset_folder`. */
  assetFolders: boolean
}

/** One post's view of the local files: the article HTML's cleaning calls it. */
export interface LocalFiles {
  /** `photo.jpg` → its URL beside the permalink, when the post's asset folder holds it. */
  resolveRelative(url: string): string | undefined
  /** The size of the local image a (final, base-prefixed) URL points at. */
  imageSize(url: string): ImageSize | undefined
  /** The asset folder, when the post has one: the site build copies it. */
  assetDir: string | undefined
  /** Every local file the post's output depends on, with its stamp: incremental builds check them. */
  deps: Map<string, string>
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i

export function localFilesFor(
  post: { absPath: string; permalink: string; base: string },
  settings: LocalFileSettings,
): LocalFiles {
  const deps = new Map<string, string>()
  let assetDir: string | undefined
  if (settings.assetFolders) {
    const dir = assetFolderOf(post.absPath)
    // Kept even when missing (''): a folder made later must rebuild the post.
    const stamp = localStamp(dir)
    deps.set(dir, stamp)
    if (stamp.startsWith('dir:')) assetDir = dir
  }
  const folder = permalinkFolder(post.permalink)
  const assetPrefix = `${post.base}${folder}`
  const fileIn = (dir: string, path: string) => {
    const file = join(dir, path)
    const stamp = localStamp(file)
    deps.set(file, stamp)
    return isFileStamp(stamp) ? file : undefined
  }
  return {
    assetDir,
    deps,
    resolveRelative(url) {
      if (!assetDir || url === '' || SCHEME.test(url) || /^[/#?]/.test(url)) return undefined
      const path = localPath(url)
      if (!path || path.startsWith('../') || isSkippedSitePath(path)) return undefined
      return fileIn(assetDir, path) ? `${assetPrefix}${url.replace(/^\.\//, '')}` : undefined
    },
    imageSize(url) {
      if (!url.startsWith(post.base) || url.startsWith('//')) return undefined
      const path = localPath(url.slice(post.base.length))
      if (!path || path.startsWith('../') || isSkippedSitePath(path)) return undefined
      const candidates: [string, string][] = settings.roots.map((root) => [root, path])
      if (assetDir && path.startsWith(folder))
        candidates.unshift([assetDir, path.slice(folder.length)])
      for (const [dir, rel] of candidates) {
        const file = fileIn(dir, rel)
        if (!file) continue
        const { stamp, size } = readImageSize(file)
        deps.set(file, stamp)
        return size
      }
      return undefined
    },
  }
}

/** A URL's path, decoded and normalised, without query or fragment; undefined if undecodable. */
function localPath(url: string): string | undefined {
  try {
    const path = decodeURIComponent(url.split(/[?#]/)[0] ?? '')
    return path === '' ? undefined : posix.normalize(path).replace(/^\/+/, '')
  } catch {
    return undefined
  }
}
