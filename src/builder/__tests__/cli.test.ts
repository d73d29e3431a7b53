import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The CLI's contract: a summary, problems as `file:line: reason`, and exit codes.
let root: string
const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/builder/cli.ts', 'bundle', '--workers', '0', ...args],
    {
      encoding: 'utf8',
    },
  )

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-cli-'))
  await mkdir(join(root, 'mixed/a'), { recursive: true })
  await writeFile(
    join(root, 'mixed/a/good.md'),
    '---\ntitle: 好文章\ndate: 2022-01-06\n---\n<p>正文。</p>\n',
  )
  await writeFile(
    join(root, 'mixed/a/broken.md'),
    '---\ntitle: [unclosed\ndate: 2022-01-06\n---\n<p>x</p>\n',
  )
  await writeFile(join(root, 'mixed/a/empty.md'), '')
  await mkdir(join(root, 'nothing'), { recursive: true })
  await writeFile(join(root, 'nothing/empty.md'), '')
})
afterAll(() => rm(root, { recursive: true, force: true }))

describe('broadsheet bundle', () => {
  it('builds what it can, prints a summary and file:line reasons, and exits 0', () => {
    const result = run('--posts', join(root, 'mixed'), '--out', join(root, 'out1'))
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/Built \d+ articles? from 3 files/)
    expect(result.stderr).toMatch(/^a\/empty\.md: rejected: .+/m)
    expect(result.stderr).toMatch(/^a\/broken\.md(:\d+)?: (rejected|repaired): .+/m)
  })

  it('exits non-zero under --strict when anything was repaired or rejected', () => {
    const result = run('--posts', join(root, 'mixed'), '--out', join(root, 'out2'), '--strict')
    expect(result.status).toBe(1)
  })

  it('exits non-zero when nothing usable was built', () => {
    const result = run('--posts', join(root, 'nothing'), '--out', join(root, 'out3'))
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/Nothing usable was built/)
  })
})

describe('broadsheet build: feed options', () => {
  const build = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/builder/cli.ts', 'build', ...args], {
      encoding: 'utf8',
    })

  it('refuses a feed size or content it cannot write, before any work', () => {
    for (const bad of ['0', '-3', '2.5', 'many']) {
      const result = build(`--feed-items=${bad}`, '--out', join(root, 'never'))
      expect(result.status).toBe(2)
      expect(result.stderr).toContain(`--feed-items takes a whole number of at least 1, not ${bad}`)
    }
    const result = build('--feed-content', 'summary', '--out', join(root, 'never'))
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('--feed-content takes full or excerpt, not summary')
  })

  it('names the feed options in its help', () => {
    expect(build('--help').stdout).toMatch(/--feed-items[\s\S]*--feed-content/)
  })
})
