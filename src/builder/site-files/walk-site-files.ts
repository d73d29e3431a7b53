import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { isSitePage, isSkippedSitePath } from './rules'

export interface SiteFile {
  /** Inside the walked folder, with forward slashes. */
  relPath: string
  /** Where the bytes are: a link's target. */
  absPath: string
}

export interface WalkResult {
  files: SiteFile[]
  /** Pages (Markdown, HTML, templates): not copied. */
  pages: string[]
  warnings: string[]
}

/**
 * Lists the files of `dir` the site gets, following links that stay inside `root` (never in a
 * loop) and naming those that leave it. `label` prefixes the paths in messages.
 */
export async function walkSiteFiles(dir: string, root: string, label: string): Promise<WalkResult> {
  const result: WalkResult = { files: [], pages: [], warnings: [] }
  const realRoot = await realpath(root)
  // Each folder's real path and its parents': a link back up one of them is a loop.
  const folders: { abs: string; rel: string; up: string[] }[] = [
    { abs: dir, rel: '', up: [await realpath(dir)] },
  ]
  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    let entries: Dirent[]
    try {
      entries = await readdir(folder.abs, { withFileTypes: true })
    } catch (error) {
      result.warnings.push(`${label}${folder.rel}: cannot read (${describe(error)}); not copied`)
      continue
    }
    for (const entry of entries) {
      const rel = `${folder.rel}${entry.name}`
      if (isSkippedSitePath(entry.name)) continue
      let abs = join(folder.abs, entry.name)
      let isDir = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        const target = await realpath(abs).catch(() => undefined)
        if (!target || !isInside(realRoot, target)) {
          result.warnings.push(`${label}${rel}: a link to outside the site; not copied`)
          continue
        }
        const info = await stat(target)
        abs = target
        isDir = info.isDirectory()
        isFile = info.isFile()
      }
      if (isDir) {
        const real = await realpath(abs)
        if (folder.up.includes(real)) continue
        folders.push({ abs, rel: `${rel}/`, up: [...folder.up, real] })
      } else if (isFile) {
        if (isSitePage(rel)) result.pages.push(`${label}${rel}`)
        else result.files.push({ relPath: rel, absPath: abs })
      }
      // FIFOs, sockets and devices are no site's files.
    }
  }
  return result
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep))
}

const describe = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message
