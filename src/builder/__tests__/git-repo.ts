import { execFileSync } from 'node:child_process'

export function initRepo(dir: string) {
  execFileSync('git', ['init', '-q'], { cwd: dir })
}

/** Commits everything in `dir` as if at `when`, so the test does not depend on the clock. */
export function commitAll(dir: string, when: string, message: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_AUTHOR_DATE: when,
    GIT_COMMITTER_DATE: when,
  }
  execFileSync('git', ['add', '-A'], { cwd: dir, env })
  execFileSync('git', ['commit', '-q', '--no-gpg-sign', '-m', message], { cwd: dir, env })
}
