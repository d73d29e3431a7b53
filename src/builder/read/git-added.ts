import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** When git added each post: looked up once per build, and only when a post asks. */
export interface AddedDates {
  /** The answer if known without asking git: null outside a repository, else once git answered. */
  known(relPath: string): number | null | undefined
  /** Asks git on the first call (one `git log` for the whole folder); null when git has no answer. */
  lookup(relPath: string): Promise<number | null>
}

/** Whether `dir` is inside a git work tree: a `.git` folder or file (a worktree) above it. */
function inRepository(dir: string): boolean {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return true
    if (dirname(at) === at) return false
  }
}

export function addedDates(postsDir: string): AddedDates {
  if (!inRepository(postsDir)) return { known: () => null, lookup: async () => null }
  let dates: Map<string, number> | undefined
  let reading: Promise<Map<string, number>> | undefined
  return {
    known: (relPath) => (dates ? (dates.get(relPath) ?? null) : undefined),
    async lookup(relPath) {
      dates ??= await (reading ??= readAddedDates(postsDir))
      return dates.get(relPath) ?? null
    },
  }
}

// A history walk can be slow on a huge repository; past this, dates fall back to other evidence.
const TIMEOUT_MS = 120_000

/**
 * Post path (relative to `postsDir`, NFC) → when the commit that added it was authored, in epoch
 * ms. Author time, not commit time: a rebase rewrites the second, not when the post was written.
 * Empty when git is missing, fails, or the folder is not in a repository.
 */
export function readAddedDates(postsDir: string): Promise<Map<string, number>> {
  return new Promise((done) => {
    const parser = createAddedParser()
    const git = spawn(
      'git',
      [
        '-c',
        'core.quotepath=off',
        'log',
        '--relative',
        '--find-renames',
        '--diff-filter=AR',
        '--name-status',
        '-z',
        // Decorations of no ref: only a shallow clone's cut-off commit shows one, "grafted".
        '--decorate-refs=refs/broadsheet-none',
        '--format=%x01%at %D',
        '--',
        '.',
      ],
      { cwd: postsDir, stdio: ['ignore', 'pipe', 'ignore'], timeout: TIMEOUT_MS },
    )
    git.stdout.setEncoding('utf8')
    git.stdout.on('data', (chunk: string) => parser.push(chunk))
    git.on('error', () => done(new Map()))
    // A partial history (killed, failed) would date posts by later commits: none is better.
    git.on('close', (code) => done(code === 0 ? parser.end() : new Map()))
  })
}

/**
 * Parses `git log --name-status -z --format='%x01%at %D'` as it streams: `\x01<time>` starts a
 * commit, then `A\0path\0` or `R<score>\0old\0new\0`. Commits come newest first, so a rename
 * maps the older name to today's path before the commit that added the older name is read. A
 * shallow clone's oldest commit ("grafted") seems to add every file: its additions are ignored.
 */
export function createAddedParser() {
  const added = new Map<string, number>()
  const renamedTo = new Map<string, string>()
  const current = (path: string) => renamedTo.get(path) ?? path
  let time = 0
  let grafted = false
  let pending = ''
  let status = ''
  let paths: string[] = []

  function take(token: string) {
    if (status === '') {
      // The header line ends with a newline before the first status.
      const word = token.replace(/^\n+/, '')
      if (word.startsWith('\u0001')) {
        const [seconds = '', decorations = ''] = word.slice(1).split(' ')
        time = Number(seconds) * 1000
        grafted = decorations.startsWith('grafted')
      } else if (word !== '') status = word
      return
    }
    paths.push(token.normalize('NFC'))
    const [from = '', to = ''] = paths
    const renamed = status.startsWith('R') || status.startsWith('C')
    if (renamed && paths.length < 2) return
    if (status === 'A' && !grafted) added.set(current(from), time)
    else if (status.startsWith('R')) renamedTo.set(from, current(to))
    status = ''
    paths = []
  }

  return {
    push(chunk: string) {
      const tokens = (pending + chunk).split('\u0000')
      pending = tokens.pop() ?? ''
      for (const token of tokens) take(token)
    },
    end(): Map<string, number> {
      if (pending) take(pending)
      pending = ''
      return added
    },
  }
}
