import { PostError } from '../read/post-error'
import { readFileSync } from 'node:fs'

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
}

/** The PostError a call throws; any other outcome fails the test. */
export function rejection(fn: () => unknown): PostError {
  try {
    fn()
  } catch (e) {
    if (e instanceof PostError) return e
    throw e
  }
  throw new Error('expected a PostError')
}
