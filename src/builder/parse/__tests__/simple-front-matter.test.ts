import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseYamlFully } from '../front-matter-yaml'
import { readSimpleMapping } from '../simple-front-matter'
import { splitFrontMatter } from '../split-front-matter'
import { decodePost } from '../../read/read-post'

/** The simple reader either declines or gives exactly what the YAML parser gives, warning-free. */
function expectSameAsParser(src: string) {
  const simple = readSimpleMapping(src)
  if (simple === undefined) return false
  const full = parseYamlFully(src, 1)
  expect({ src, data: simple }).toEqual({ src, data: full.data })
  expect(full.warnings).toEqual([])
  return true
}

const TAKEN = [
  "title: '城市图书馆二手设备回收市场反响积极'\ncategories: \n - 新媒体\n - 评测\ntags:\n- a\n- b\ncomments: false\ndate: 2022-03-07 01:07:58",
  "title: 'It''s here'\nauthor: 知行录",
  'title: "双引号标题"\npublished: true',
  'title: He said "hi" [and] {left}\nsource: https://example.com/a?b=c',
  'title: 2021年度报告\nupdated: 2021-01-01T08:00:00+08:00',
  'title: +12:30\nx:   spaced   out',
  'title:\nthumbnail: \ntags:\n',
]

const DECLINED = [
  'title: 1.20',
  'title: 2021',
  'title: ~',
  'title: null',
  'title: True',
  'title: a # comment',
  'title: a: b',
  "title: 'open",
  "title: 'it's'",
  'title: "esc\\"aped"',
  'title: &a x\nother: *a',
  'title: |\n  block',
  'title: [a, b]',
  'title: {a: 1}',
  'title: x\n  continued',
  'title: x\ntitle: y',
  '__proto__: x',
  'title: a\tb',
  'tags:\n - a\n  - b',
  'tags:\n - \n - b',
  'tags:\n - - a',
  '<<: x',
  '# comment\ntitle: x',
  'title:x',
  '\ufefftitle: x',
]

describe('the simple front matter reader', () => {
  it('reads the common forms as the YAML parser does', () => {
    for (const src of TAKEN) expect(expectSameAsParser(src), src).toBe(true)
  })

  it('leaves every other form to the parser', () => {
    for (const src of DECLINED) expect(readSimpleMapping(src), src).toBeUndefined()
  })
})

const corpusDir = resolve(process.cwd(), '../shared/corpus/posts')

describe.skipIf(!existsSync(corpusDir))('the simple reader on the real corpus', () => {
  it('agrees with the parser on every post it takes', () => {
    const files = readdirSync(corpusDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
    let taken = 0
    for (const file of files) {
      const text = decodePost(readFileSync(file), { maxBytes: 4 << 20 }).text
      const block = splitFrontMatter(text)
      if (!block || 'unclosed' in block || block.json) continue
      if (expectSameAsParser(block.src)) taken++
    }
    // Most real posts are simple; the rest went to the parser (checked by corpus.test.ts).
    expect(taken).toBeGreaterThan(files.length / 2)
  })
})
