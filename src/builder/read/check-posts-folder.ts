import type { Dir } from 'node:fs'
import { opendir, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { resolveSiteRoot } from './hexo-config.ts'

const WHAT = 'a folder of Hexo posts (.md) or a Hexo site root (with _config.yml)'

/**
 * Why the posts folder cannot be built from, as one line naming the path and what to do; undefined
 * when it can. Checked before any other work, so a wrong path fails at once.
 */
export async function postsFolderProblem(path: string): Promise<string | undefined> {
  const dir = resolve(path)
  try {
    if (!(await stat(dir)).isDirectory()) return `${dir} is a file: broadsheet builds from ${WHAT}.`
  } catch (error) {
    return `${dir}: ${reason(error)}. Broadsheet builds from ${WHAT}.`
  }
  let postsDir: string
  try {
    postsDir = (await resolveSiteRoot(dir)).postsDir
  } catch (error) {
    return (error as Error).message
  }
  try {
    if (!(await holdsPost(postsDir)))
      return `${postsDir} holds no .md posts: broadsheet builds from ${WHAT}.`
  } catch (error) {
    return `${postsDir}: ${reason(error)}. Broadsheet builds from ${WHAT}.`
  }
  return undefined
}

const reason = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such folder'
  if (code === 'EACCES' || code === 'EPERM') return 'not readable (permission denied)'
  return (error as Error).message
}

/** Folders looked into at most: links may loop, and the build walks them properly. */
const MAX_FOLDERS = 10_000

/** Whether any .md file (or link to one) is in the folder or below it, as the scan names them; stops at the first. */
async function holdsPost(dir: string): Promise<boolean> {
  const folders = [dir]
  let seen = 0
  for (let next = folders.pop(); next !== undefined && seen++ < MAX_FOLDERS; next = folders.pop()) {
    let handle: Dir
    try {
      handle = await opendir(next)
    } catch (error) {
      // The top folder must be readable; a sub-folder that is not is reported by the build.
      if (next === dir) throw error
      continue
    }
    for await (const entry of handle) {
      const named = /\.md$/i.test(entry.name.trimEnd())
      if (named && (entry.isFile() || entry.isSymbolicLink())) return true
      const folder = entry.isDirectory() || (entry.isSymbolicLink() && !named)
      if (folder && !entry.name.startsWith('.') && entry.name !== 'node_modules')
        folders.push(join(next, entry.name))
    }
  }
  return false
}
