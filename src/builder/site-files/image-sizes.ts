import { statSync } from 'node:fs'
import { imageSize } from 'image-size'

export interface ImageSize {
  width: number
  height: number
}

/**
 * What says a local file changed: its size and modification time; a folder's time (it changes
 * when files come or go); '' when there is neither.
 */
export function localStamp(path: string): string {
  const info = statSync(path, { throwIfNoEntry: false })
  if (info?.isFile()) return `${info.size}:${info.mtimeMs}`
  return info?.isDirectory() ? `dir:${info.mtimeMs}` : ''
}

export const isFileStamp = (stamp: string): boolean => stamp !== '' && !stamp.startsWith('dir:')

// Per worker thread, across builds (the dev server keeps its workers): a picture used by many
// posts is read once, and read again only when its stamp changes.
const known = new Map<string, { stamp: string; size: ImageSize | undefined }>()
const MAX_KNOWN = 50_000

/**
 * The displayed size of a local image, read from its header (image-size reads at most the first
 * 512 KB), with its stamp; undefined size for a file that is not an image it knows.
 */
export function readImageSize(path: string): { stamp: string; size: ImageSize | undefined } {
  const stamp = localStamp(path)
  const hit = known.get(path)
  if (hit?.stamp === stamp) return hit
  const result = { stamp, size: isFileStamp(stamp) ? sizeOf(path) : undefined }
  if (known.size >= MAX_KNOWN) known.clear()
  known.set(path, result)
  return result
}

function sizeOf(path: string): ImageSize | undefined {
  try {
    const { width, height, orientation } = imageSize(path)
    if (!width || !height) return undefined
    // EXIF orientations 5 to 8 turn the picture a quarter: browsers show it turned.
    return orientation && orientation >= 5 ? { width: height, height: width } : { width, height }
  } catch {
    // Not an image, or one it cannot read: the markup stays as written.
    return undefined
  }
}
