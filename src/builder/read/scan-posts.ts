import { readdirSync, realpathSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export interface PostFile {
  /** Relative to the posts folder, forward slashes, NFC: the id is derived from it. */
  relPath: string
  absPath: string
}

export interface ScanProblem {
  relPath: string
  reason: string
  /** Not a problem but a draft, left out on purpose. */
  skipped?: true
}

/**
 * Walks the posts folder for `.md` files (also `name .md`), following links but never in a loop.
 * Synchronous calls on purpose: an archive has a thousand folders or more, and each promise
 * round trip through the thread pool cost more than the call itself (150 ms → 30 ms at 10,000
 * posts), which is most of an unchanged rebuild.
 */
export async function scanPosts(
  root: string,
): Promise<{ files: PostFile[]; problems: ScanProblem[] }> {
  const files: PostFile[] = []
  const problems: ScanProblem[] = []
  const seen = new Set<string>()
  const stack = [root]
  while (stack.length > 0) {
    const dir = stack.pop() as string
    const rel = toRel(root, dir)
    let real: string
    try {
      real = realpathSync.native(dir)
    } catch (error) {
      problems.push({ relPath: rel, reason: `cannot resolve folder: ${describe(error)}` })
      continue
    }
    if (seen.has(real)) {
      problems.push({ relPath: rel, reason: 'symbolic link loop: this folder was already read' })
      continue
    }
    seen.add(real)
    try {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue
        const abs = join(dir, entry.name)
        const isDir = entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(abs))
        if (isDir) stack.push(abs)
        else if (/\.md$/i.test(entry.name.trimEnd()) || /\s\.md$/i.test(entry.name)) {
          // A FIFO or a device named .md would block the worker that opens it, past any timeout.
          if (entry.isFile() || (entry.isSymbolicLink() && !isOther(abs)))
            files.push({ relPath: toRel(root, abs), absPath: abs })
          else problems.push({ relPath: toRel(root, abs), reason: 'not a regular file' })
        }
      }
    } catch (error) {
      problems.push({ relPath: rel, reason: `cannot read folder: ${describe(error)}` })
    }
  }
  // Sorted so ids, duplicates and output are the same on every machine.
  files.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0))
  return { files, problems }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    // A dangling or looping link: treat it as a file so it is reported, not skipped silently.
    return false
  }
}

/** A link to something that exists and is neither a file nor a folder (a FIFO, a socket…). */
function isOther(path: string): boolean {
  try {
    const info = statSync(path)
    return !info.isFile() && !info.isDirectory()
  } catch {
    // Dangling or looping: left to the post reader, which reports why.
    return false
  }
}

function toRel(root: string, abs: string): string {
  return relative(root, abs).split(sep).join('/').normalize('NFC')
}

export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code)
    const known: Record<string, string> = {
      EACCES: 'permission denied',
      ELOOP: 'too many levels of symbolic links',
      ENOENT: 'file not found',
      EISDIR: 'is a folder',
    }
    return known[code] ?? code
  }
  return error instanceof Error ? error.message : String(error)
}
