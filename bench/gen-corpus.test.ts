import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeCorpus } from './corpus/write-corpus'
import type { CorpusOptions } from './corpus/options'

const dirs: string[] = []

function generate(overrides: Partial<CorpusOptions> = {}): string {
  const out = mkdtempSync(join(tmpdir(), 'gen-corpus-'))
  dirs.push(out)
  writeCorpus({ count: 50, out, seed: 7, broken: 10, huge: false, clean: false, ...overrides })
  return out
}

/** Every file under `dir` as relative path → bytes, sorted by path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort()
  return new Map(files.map((file) => [file, readFileSync(join(dir, file))]))
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('gen-corpus', () => {
  it('writes byte-identical corpora for the same arguments', () => {
    const first = snapshot(generate())
    const second = snapshot(generate())
    expect([...second.keys()]).toEqual([...first.keys()])
    for (const [file, bytes] of first) expect(second.get(file)?.equals(bytes), file).toBe(true)
    expect([...first.keys()].filter((file) => !file.startsWith('_broken')).length).toBe(50)
  })

  it('writes a different corpus for a different seed', () => {
    const a = [...snapshot(generate()).keys()]
    const b = [...snapshot(generate({ seed: 8 })).keys()]
    expect(b).not.toEqual(a)
  })

  it('lists every broken file in the manifest, with its kind and expected outcome', () => {
    const out = generate()
    const onDisk = readdirSync(join(out, '_broken'))
      .filter((name) => name !== 'manifest.json')
      .map((name) => `_broken/${name}`)
      .sort()
    const manifest = JSON.parse(readFileSync(join(out, '_broken', 'manifest.json'), 'utf8')) as {
      files: { path: string; kind: string; expected: string }[]
    }
    expect(manifest.files.map((file) => file.path).sort()).toEqual(onDisk)
    expect(onDisk).toHaveLength(10)
    expect(new Set(manifest.files.map((file) => file.kind)).size).toBe(10)
    for (const file of manifest.files) expect(['rejected', 'repaired']).toContain(file.expected)
    expect(manifest.files.find((file) => file.kind === 'bom-crlf')?.expected).toBe('repaired')
  })
})
