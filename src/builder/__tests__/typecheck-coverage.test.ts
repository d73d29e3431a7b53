import { readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')

function parseProject(file: string): ts.ParsedCommandLine {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    },
  }
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, file), {}, host)
  if (!parsed) throw new Error(`cannot read ${file}`)
  return parsed
}

/** The files `tsc -b` checks: those that each project of the solution includes. */
function checkedFiles(): Set<string> {
  const references = parseProject('tsconfig.json').projectReferences ?? []
  const files = references.flatMap((ref) => parseProject(relative(root, ref.path)).fileNames)
  return new Set(files.map((file) => relative(root, file)))
}

describe('npm run typecheck', () => {
  it('covers every .ts and .tsx file in src', () => {
    const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => join('src', file))
    const checked = checkedFiles()
    expect(sources.length).toBeGreaterThan(100)
    expect(sources.filter((file) => !checked.has(file))).toEqual([])
  })
})
