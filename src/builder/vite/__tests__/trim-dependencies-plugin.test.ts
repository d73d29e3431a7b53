import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import type { Trim } from '../dependency-trim'
import { applyTrims, unexpectedCounts } from '../dependency-trim'
import { TRIMS } from '../trim-dependencies-plugin'

const nodeModules = resolve(import.meta.dirname, '../../../../node_modules')

/** A package file and the relative modules it imports, as the browser build loads them. */
function moduleFiles(entry: string): string[] {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const m of readFileSync(file, 'utf8').matchAll(/from "(\.\/[^"]+)"/g))
      visit(join(dirname(file), m[1] ?? ''))
  }
  visit(entry)
  return [...seen]
}

const files = [
  // The "import" condition of react-router's exports, which the app's build resolves.
  ...moduleFiles(join(nodeModules, 'react-router/dist/development/index.mjs')),
  join(nodeModules, '@tanstack/query-core/build/modern/queryClient.js'),
  join(nodeModules, '@tanstack/query-core/build/modern/query.js'),
  // What react and react-dom/client require in a production build.
  join(nodeModules, 'react/cjs/react.production.js'),
  join(nodeModules, 'react-dom/cjs/react-dom-client.production.js'),
  join(nodeModules, 'idb/build/index.js'),
]

describe('the dependency trims', () => {
  const counts = new Map<Trim, number>()
  const trimmed = files.map((file) => {
    const code = readFileSync(file, 'utf8')
    return { file, code: applyTrims(code, file, TRIMS, counts) ?? code }
  })

  it('each find what they cut, as often as they expect, in the installed versions', () => {
    expect(unexpectedCounts(TRIMS, counts)).toEqual([])
    for (const trim of TRIMS) expect(counts.get(trim), trim.why).toBeGreaterThan(0)
  })

  it('leave code that parses', () => {
    for (const { file, code } of trimmed) {
      const { diagnostics = [] } = ts.transpileModule(code, {
        fileName: file,
        reportDiagnostics: true,
      })
      expect(
        diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
        file,
      ).toEqual([])
    }
  })

  it('make a trimmed feature throw, naming this plugin', () => {
    const client = trimmed.find((t) => t.file.endsWith('queryClient.js'))?.code ?? ''
    expect(client).not.toContain('./mutationCache.js')
    expect(client).toContain('TanStack Query mutations: trimmed from the production build')
    const dom = trimmed.find((t) => t.file.endsWith('react-dom-client.production.js'))?.code ?? ''
    expect(dom).toContain('react-dom hydrateRoot: trimmed from the production build')
    const react = trimmed.find((t) => t.file.endsWith('react.production.js'))?.code ?? ''
    expect(react).toContain('React.Children: trimmed from the production build')
  })

  it('leave react-dom no way into hydration: it is a constant, never written', () => {
    const dom = trimmed.find((t) => t.file.endsWith('react-dom-client.production.js'))?.code ?? ''
    expect(dom).toContain('const isHydrating = false;')
    expect(dom).not.toMatch(/(?<!const )\bisHydrating = /)
    expect(dom).not.toMatch(/\bpopHydrationState\(workInProgress\)/)
  })

  it('report a dependency that changed', () => {
    const trim: Trim = { file: /x\.js$/, why: 'test', find: /a/g, replace: 'b', count: 2 }
    const seen = new Map<Trim, number>()
    expect(applyTrims('a a a', '/x.js', [trim], seen)).toBe('b b b')
    expect(unexpectedCounts([trim], seen)).toEqual(['/a/g matched 3 times, expected 2 (test)'])
    // A file the build never loaded is not a change.
    expect(applyTrims('a', '/y.js', [trim], new Map())).toBeNull()
    expect(unexpectedCounts([trim], new Map())).toEqual([])
  })
})
