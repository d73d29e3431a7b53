/** Corpora are generated once into bench/.corpora/<N> (gitignored) and reused while complete. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { writeCorpus } from '../corpus/write-corpus'

const ROOT = resolve('bench/.corpora')
const MARKER = '.complete.json'

export interface Corpus {
  dir: string
  posts: number
  /** Bytes of the post files: the input side of the output ratio. */
  bytes: number
}

/** The seed and shape are fixed, so a complete folder is exactly what generating would give. */
export function ensureCorpus(count: number, log: (line: string) => void): Corpus {
  const dir = join(ROOT, String(count))
  const marker = join(dir, MARKER)
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as Corpus
    if (saved.posts === count) return { ...saved, dir }
  }
  log(`generating ${count} posts into ${dir}`)
  const summary = writeCorpus({ count, out: dir, seed: 1, broken: 0, huge: false, clean: true })
  const corpus = { dir, posts: summary.posts, bytes: summary.bytes }
  writeFileSync(marker, JSON.stringify(corpus))
  return corpus
}
