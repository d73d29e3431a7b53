import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildReport, ReportEntry } from '../../bundle/format'
import { buildBundle } from '../pipeline/build-bundle'
import { resolveConfig } from '../config'

// Our own posts, shaped like the warts of real archives.
const good = (title: string, date = 'Thu, 06 Jan 2022 00:01:41 GMT') =>
  `---\ntitle: '${title}'\ncategories:\n - 新闻\n - 本地\ndate: ${date}\n---\n<div><p>\u3000\u3000正文第一段，讲述一件本地新闻。</p></div>\n`

const posts: Record<string, string | Uint8Array> = {
  'ok/plain.md': good('一篇正常的文章'),
  'ok/markdown.md': `---\ntitle: Markdown post\ndate: 2022-03-01 10:00:00\ncategories: Tech\n---\n# Heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n`,
  'ok/json front matter.md': `;;;\n{"title": "JSON front matter", "date": "2022-02-02T08:00:00+08:00"}\n;;;\nPlain text body.\n`,
  'warts/bad-yaml-title.md': `---\ntitle: """""""'第10集'"""""""\ndate: Thu, 06 Jan 2022 00:01:41 GMT\n---\n<p>正文</p>\n`,
  'warts/invalid-date.md': good('日期无效的文章', 'Invalid Date'),
  'warts/bom-crlf.md': `\uFEFF${good('带 BOM 和 CRLF 的文章').replace(/\n/g, '\r\n')}`,
  'warts/empty.md': '',
  'warts/binary.md': Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256),
  'warts/huge.md': `${good('超大文章')}${'<p>很长的段落。</p>'.repeat(200_000)}`,
  'warts/duplicate-a.md': good('同名文章'),
  'warts/duplicate-b.md': good('同名文章'),
}

let report: BuildReport
const entry = (path: string): ReportEntry => {
  const found = report.entries.find((e) => e.path === path)
  if (!found) throw new Error(`no report entry for ${path}`)
  return found
}
let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-warts-'))
  for (const [path, body] of Object.entries(posts)) {
    await mkdir(dirname(join(root, 'posts', path)), { recursive: true })
    await writeFile(join(root, 'posts', path), body)
  }
  const out = join(root, 'out')
  await buildBundle(resolveConfig({ posts: join(root, 'posts'), out, workers: 0 }))
  report = JSON.parse(await readFile(join(out, 'build-report.json'), 'utf8')) as BuildReport
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('a posts folder with broken files', () => {
  it('lists every input file once in the report, with totals', () => {
    expect(report.entries).toHaveLength(Object.keys(posts).length)
    const { ok, repaired, rejected, files } = report.totals
    expect(ok + repaired + rejected).toBe(files)
  })

  it('builds the good posts in all three front matter forms', () => {
    for (const path of ['ok/plain.md', 'ok/markdown.md', 'ok/json front matter.md']) {
      expect(entry(path).status).toBe('ok')
      expect(entry(path).file).toMatch(/^articles\/[0-9a-f]{12}\.json\.gz$/)
    }
  })

  it('repairs what it can and says how', () => {
    expect(entry('warts/bad-yaml-title.md').status).toBe('repaired')
    expect(entry('warts/invalid-date.md').status).toBe('repaired')
    expect(entry('warts/invalid-date.md').warnings?.join(' ')).toMatch(/modification time/)
    expect(entry('warts/bom-crlf.md').status).not.toBe('rejected')
  })

  it('rejects what it cannot read, with a reason', () => {
    for (const path of ['warts/empty.md', 'warts/binary.md', 'warts/huge.md']) {
      expect(entry(path).status).toBe('rejected')
      expect(entry(path).reason).toBeTruthy()
    }
    expect(entry('warts/huge.md').reason).toMatch(/limit/)
  })

  it('keeps both posts with the same title but flags the second', () => {
    expect(entry('warts/duplicate-a.md').status).not.toBe('rejected')
    expect(entry('warts/duplicate-b.md').status).not.toBe('rejected')
    const warned = [entry('warts/duplicate-a.md'), entry('warts/duplicate-b.md')].flatMap(
      (e) => e.warnings ?? [],
    )
    expect(warned.join(' ')).toMatch(/duplicate title/)
  })
})
