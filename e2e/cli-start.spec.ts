/**
 * How the CLI starts: `--version` and `--help` answer and exit; a wrong posts folder fails at once,
 * with one line naming the path and what to do, exit code 2, and no other work (nothing written).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

const ROOT = '/tmp/e2e-posts-folder'
const OUT = join(ROOT, 'out')
// One worker for the file: the folders are made once and removed at the end.
test.describe.configure({ mode: 'serial' })

test.beforeAll(() => {
  rmSync(ROOT, { recursive: true, force: true })
  mkdirSync(join(ROOT, 'empty', 'images'), { recursive: true })
  writeFileSync(join(ROOT, 'a-post.md'), '---\ntitle: a file, not a folder\n---\n')
})
test.afterAll(() => rmSync(ROOT, { recursive: true, force: true }))

const cli = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'src/builder/cli.ts', ...args], { encoding: 'utf8' })

test('--version prints the package version, --help the commands, and each command its own usage', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
  const printed = cli('--version')
  expect([printed.status, printed.stdout.trim()]).toEqual([0, version])
  const help = cli('--help')
  expect(help.status).toBe(0)
  for (const command of ['build [SITE-OR-POSTS]', 'serve [DIR]', 'bundle [POSTS]'])
    expect(help.stdout).toContain(command)
  for (const [command, usage] of [
    ['build', 'Usage: broadsheet build [SITE-OR-POSTS] [--out DIR] [--base /path/]'],
    ['site', 'Usage: broadsheet build [SITE-OR-POSTS]'],
    ['serve', 'Usage: broadsheet serve [DIR] [--port N]'],
    ['bundle', 'Usage: broadsheet bundle [POSTS] [--out DIR]'],
  ]) {
    const run = cli(command!, '--help')
    expect([run.status, run.stdout]).toEqual([0, expect.stringContaining(usage!)])
  }
  const unknown = cli('publish')
  expect([unknown.status, unknown.stdout]).toEqual([
    2,
    expect.stringContaining('broadsheet <command>'),
  ])
})

test('serve: a folder with no built site fails at once, naming it', () => {
  const run = cli('serve', join(ROOT, 'empty'))
  expect(run.status).toBe(2)
  expect(run.stderr.trim()).toBe(
    `broadsheet: ${join(ROOT, 'empty')} holds no built site (no index.html): run broadsheet build first`,
  )
})

for (const [name, posts, said] of [
  ['missing', join(ROOT, 'no-such'), 'no such folder'],
  ['a file', join(ROOT, 'a-post.md'), 'is a file'],
  ['empty', join(ROOT, 'empty'), 'holds no .md posts'],
] as const) {
  for (const args of [
    ['build', posts],
    ['site', '--posts', posts],
    ['bundle', '--posts', posts],
  ]) {
    test(`${args.join(' ')}: a posts folder that is ${name} fails at once, naming it`, () => {
      const run = cli(...args, '--out', OUT)
      expect(run.status).toBe(2)
      expect(run.stdout).toBe('')
      const lines = run.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`broadsheet: ${posts}`)
      expect(lines[0]).toContain(said)
      expect(lines[0]).toContain('uilds from a folder of Hexo posts')
      expect(existsSync(OUT)).toBe(false)
    })
  }
}
