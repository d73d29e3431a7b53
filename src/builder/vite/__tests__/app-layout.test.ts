import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import {
  CALENDAR_CONTRACT,
  FEED_CONTRACT,
  FIRST_PAINT_ARTICLE,
  FIRST_PAINT_COMMON,
  FIRST_PAINT_ENTRY,
  FIRST_PAINT_FOLDER,
  SEARCH_CONTRACT,
  SIDE_COLUMNS,
  TREE_CONTRACT,
  inFirstPaintCommon,
  inFolders,
} from '../app-layout'

const root = resolve(import.meta.dirname, '../../../..')

/** The app's own modules that `entry` loads, static or lazy imports, as project-relative paths. */
function moduleGraph(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true)
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue
      const base = join(dirname(file), fileName)
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
        (candidate) => existsSync(join(root, candidate)) && candidate.match(/\.tsx?$/),
      )
      if (found) visit(found)
    }
  }
  visit(entry)
  return seen
}

const shared = [...FIRST_PAINT_COMMON, ...FIRST_PAINT_ARTICLE]
const inProject = (file: string, folders: readonly string[]) => inFolders(join(root, file), folders)
/** In a chunk the first paint shares: what the build's groups put there (vite.config.ts). */
const inShared = (file: string) =>
  inFirstPaintCommon(join(root, file)) || inProject(file, FIRST_PAINT_ARTICLE)

describe('inFolders', () => {
  it('places a module by its folder under the project root', () => {
    expect(inFolders(join(root, 'src/lib/core/paths.ts'), FIRST_PAINT_COMMON)).toBe(true)
    expect(inFolders(join(root, 'src/lib/query-client.ts'), FIRST_PAINT_COMMON)).toBe(false)
    expect(inFolders(join(root, 'node_modules/dompurify/dist/purify.es.mjs'), shared)).toBe(true)
  })

  it('keeps the search index contract out of the first paint’s common chunk', () => {
    expect(inFirstPaintCommon(join(root, 'src/bundle/paths.ts'))).toBe(true)
    expect(inFirstPaintCommon(join(root, SEARCH_CONTRACT[0]!))).toBe(false)
  })

  it('keeps the category lists’ lookup out of it too', () => {
    expect(inFirstPaintCommon(join(root, TREE_CONTRACT[0]!))).toBe(false)
  })

  it('keeps where feeds live out of it: the feed menu loads it on sites with feeds', () => {
    expect(inFirstPaintCommon(join(root, FEED_CONTRACT[0]!))).toBe(false)
  })

  it('puts the calendar’s windows with the side columns, not in the common chunk', () => {
    expect(inFirstPaintCommon(join(root, CALENDAR_CONTRACT[0]!))).toBe(false)
    expect(inFolders(join(root, CALENDAR_CONTRACT[0]!), SIDE_COLUMNS)).toBe(true)
  })

  it('finds a package outside the root, where a linked or hoisted node_modules puts it', () => {
    expect(inFolders('/elsewhere/node_modules/dompurify/dist/purify.es.mjs', shared)).toBe(true)
    expect(inFolders('C:\\elsewhere\\node_modules\\dompurify\\a.mjs', shared)).toBe(true)
    expect(inFolders('/elsewhere/node_modules/react/index.js', shared)).toBe(false)
  })

  it('takes Windows paths, and never a package’s folder of the same name', () => {
    expect(inFolders('C:\\app\\src\\lib\\core\\paths.ts', FIRST_PAINT_COMMON, 'C:/app/')).toBe(true)
    expect(inFolders(join(root, 'node_modules/x/src/lib/core/a.js'), FIRST_PAINT_COMMON)).toBe(
      false,
    )
  })
})

describe('the folders the first paint shares', () => {
  const firstPaint = moduleGraph(FIRST_PAINT_ENTRY)
  const app = moduleGraph('src/app/main.tsx')

  it('hold every module the first paint imports, so it never waits for the shell', () => {
    const outside = [...firstPaint].filter(
      (file) => !inProject(file, [FIRST_PAINT_FOLDER]) && !inShared(file),
    )
    expect(firstPaint.size).toBeGreaterThan(10)
    expect(outside).toEqual([])
  })

  it('hold no module of the app that the first paint does not import, so share pages load no more', () => {
    const extra = [...app].filter((file) => inShared(file) && !firstPaint.has(file))
    expect(app.size).toBeGreaterThan(50)
    expect(extra.map((file) => file)).toEqual([])
  })
})
