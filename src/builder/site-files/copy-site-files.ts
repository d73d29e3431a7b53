import { constants } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import pMap from 'p-map'
import type { SiteFilesReport } from '../../bundle/format'
import { inAppFolder, permalinkFolder } from './rules'
import { walkSiteFiles } from './walk-site-files'

/** A post's asset folder and the permalink its files are served beside. */
export interface PostAssets {
  dir: string
  permalink: string
}

/** Where a Hexo site's own files are: its root (links must stay inside), source/, asset folders. */
export interface SiteFileSources {
  root: string
  sourceDir: string
  postAssets: PostAssets[]
}

interface Copy {
  from: string
  /** In the output, with forward slashes. */
  to: string
  /** For messages: the source file relative to the site root. */
  name: string
}

// Copies are I/O bound; a few at a time keep the disk busy without thousands of open files.
const CONCURRENCY = 16

/**
 * Copies source/'s files (not its pages) and each post's asset folder into `outDir`, which holds
 * the app already: where a file would overwrite one of the app's, or land in the app's folders,
 * the app's file wins and the report names the one left out.
 */
export async function copySiteFiles(
  outDir: string,
  sources: SiteFileSources,
): Promise<SiteFilesReport> {
  const name = (abs: string) => relative(sources.root, abs).split('\\').join('/')
  const source = await walkSiteFiles(sources.sourceDir, sources.root, `${name(sources.sourceDir)}/`)
  const copies: Copy[] = source.files.map((f) => ({
    from: f.absPath,
    to: f.relPath,
    name: `${name(sources.sourceDir)}/${f.relPath}`,
  }))
  const warnings = [...source.warnings]
  const pages = [...source.pages]
  for (const post of sources.postAssets) {
    const label = `${name(post.dir)}/`
    const assets = await walkSiteFiles(post.dir, sources.root, label)
    warnings.push(...assets.warnings)
    pages.push(...assets.pages)
    const folder = permalinkFolder(post.permalink)
    for (const f of assets.files)
      copies.push({ from: f.absPath, to: `${folder}${f.relPath}`, name: `${label}${f.relPath}` })
  }
  const taken = new Map<string, string>()
  let copied = 0
  await pMap(
    copies,
    async (copy) => {
      const problem = checkTarget(copy, taken)
      if (problem) {
        warnings.push(`${copy.name}: ${problem}; not copied`)
        return
      }
      taken.set(copy.to, copy.name)
      const to = join(outDir, copy.to)
      try {
        await mkdir(dirname(to), { recursive: true })
        // EXCL: a file of the app is never overwritten, whatever the order of events.
        await copyFile(copy.from, to, constants.COPYFILE_EXCL)
        copied += 1
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        warnings.push(
          `${copy.name}: ${OVERWRITE.has(code ?? '') ? `would overwrite the app's ${copy.to}` : `cannot copy (${code ?? String(error)})`}; not copied`,
        )
      }
    },
    { concurrency: CONCURRENCY },
  )
  return { copied, pages: pages.sort(), warnings: warnings.sort() }
}

const OVERWRITE = new Set(['EEXIST', 'EISDIR', 'ENOTDIR'])

function checkTarget(copy: Copy, taken: ReadonlyMap<string, string>): string | undefined {
  if (copy.to.split('/').includes('..')) return 'its permalink leaves the site folder'
  if (inAppFolder(copy.to)) return `would land in the app's ${copy.to.split('/')[0]}/ folder`
  const first = taken.get(copy.to)
  if (first) return `same path in the site as ${first}`
  return undefined
}
